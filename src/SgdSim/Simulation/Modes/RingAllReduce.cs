using SgdSim.Calibration;

namespace SgdSim.Simulation.Modes;

/// <summary>
/// Ring all-reduce of the gradients over the workers' NICs; parameters live on every worker, so reads and server ops
/// cost nothing and each worker applies its own updates. Gradients go in buckets, as PyTorch's
/// DistributedDataParallel and Horovod's tensor fusion send them: in the order the trace shows them produced, each
/// bucket filled until it holds <see cref="Scenario.BucketBytes"/>; a bucket is reduced once all its gradients are
/// ready. It is cut into N chunks; in each of 2(N−1) phases every worker sends one chunk to the next worker of the
/// ring (N − 1 phases of reduce-scatter, then N − 1 of all-gather), and sends phase k + 1 once it has received
/// phase k from the worker before it. A worker has the average when it has received all 2(N−1) chunks; each worker
/// sends 2(N−1)/N of the bucket.
/// </summary>
public sealed class RingAllReduce : ITrainingMode
{
    private readonly ClusterSimulation _cluster;
    private readonly JobModel _model;
    private readonly int _workers;

    // Per task: the bucket of a push (a gradient), or -1; per bucket: its pushes and bytes.
    private readonly int[] _bucketOf;
    private readonly int[][] _bucketTasks;
    private readonly long[] _bucketBytes;

    // Per (worker, bucket, step parity): a worker is never more than one round of a bucket ahead of the next
    // worker, because finishing round r needs every worker to have started it.
    private readonly RingState[] _ringState;
    private long _payload;

    /// <summary>Cuts the gradients of <paramref name="cluster"/>'s job into buckets of at least
    /// <paramref name="bucketBytes"/>.</summary>
    public RingAllReduce(ClusterSimulation cluster, long bucketBytes)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        (_cluster, _model, _workers) = (cluster, cluster.Model, cluster.Workers);
        _bucketOf = new int[_model.TaskCount];
        Array.Fill(_bucketOf, -1);
        var buckets = new List<List<int>>();
        var bytes = new List<long>();
        for (var t = 0; t < _model.TaskCount; t++)
        {
            if (_model.Kinds[t] != TaskKind.Push)
            {
                continue;
            }

            if (buckets.Count == 0 || bytes[^1] >= bucketBytes)
            {
                buckets.Add([]);
                bytes.Add(0);
            }

            _bucketOf[t] = buckets.Count - 1;
            buckets[^1].Add(t);
            bytes[^1] += _model.Bytes[t];
        }

        _bucketTasks = [.. buckets.Select(b => b.ToArray())];
        _bucketBytes = [.. bytes];
        _ringState = new RingState[_workers * buckets.Count * 2];
    }

    /// <inheritdoc/>
    public bool HasServer => false;

    /// <inheritdoc/>
    public bool UpdatesOnWorkers => true;

    /// <inheritdoc/>
    public long PeerPayloadBytes => _payload;

    private int Buckets => _bucketBytes.Length;

    /// <inheritdoc/>
    public void Ready(int worker, int task)
    {
        if (_model.Kinds[task] == TaskKind.Push && _workers > 1)
        {
            JoinBucket(worker, task);
        }
        else
        {
            _cluster.Complete(worker, task);
        }
    }

    /// <inheritdoc/>
    public void Applied(int worker, int task)
    {
    }

    /// <inheritdoc/>
    /// <remarks>The event is a chunk whose latency has passed: it joins the connection to the next worker.</remarks>
    public void Handle(in ClusterEvent e)
    {
        var (w, bucket) = (e.Worker, e.Task);
        var phase = e.Phase >> 1;
        var parity = e.Phase & 1;
        var priority = _cluster.Policy.ChunkPriority(_bucketTasks[bucket]);
        _cluster.SendModeMessage(w, (w + 1) % _workers, ChunkBytes(w, bucket, phase), priority, Slot(w, bucket, parity));
    }

    /// <inheritdoc/>
    public void Arrived(int tag)
    {
        var parity = tag & 1;
        var sender = (tag >> 1) / Buckets;
        var bucket = (tag >> 1) % Buckets;
        var receiver = (sender + 1) % _workers;
        _ringState[Slot(receiver, bucket, parity)].Received++;
        Pump(receiver, bucket, parity);
    }

    private int Slot(int w, int bucket, int parity) => (((w * Buckets) + bucket) << 1) | parity;

    // Worker w's gradient t is ready: once its whole bucket is, the bucket enters the ring.
    private void JoinBucket(int w, int t)
    {
        var bucket = _bucketOf[t];
        var parity = _cluster.StepsDone(w) & 1;
        if (++_ringState[Slot(w, bucket, parity)].Ready == _bucketTasks[bucket].Length)
        {
            Pump(w, bucket, parity);
        }
    }

    // Sends every phase worker w may send now, and completes its bucket when all chunks are in.
    private void Pump(int w, int bucket, int parity)
    {
        ref var state = ref _ringState[Slot(w, bucket, parity)];
        if (state.Ready != _bucketTasks[bucket].Length)
        {
            return;
        }

        var phases = 2 * (_workers - 1);
        while (state.Sent < Math.Min(state.Received + 1, phases))
        {
            if (_cluster.StepsDone(w) < _cluster.Steps)
            {
                _payload += ChunkBytes(w, bucket, state.Sent);
            }

            _cluster.ScheduleModeEvent(_cluster.Now + _model.UpLatencyNs, new ClusterEvent(ClusterEventKind.ModeEvent, w, bucket, (state.Sent << 1) | parity));
            state.Sent++;
        }

        if (state.Received == phases)
        {
            state = default;
            foreach (var t in _bucketTasks[bucket])
            {
                _cluster.Complete(w, t);
            }
        }
    }

    // The chunk worker w sends in phase k: in reduce-scatter it passes on chunk (w − k) mod N, which it has just
    // added its own share to; in all-gather chunk (w + 1 − k') mod N, which is complete.
    private long ChunkBytes(int w, int bucket, int phase)
    {
        var n = _workers;
        var chunk = phase < n - 1 ? w - phase : w + 1 - (phase - (n - 1));
        chunk = ((chunk % n) + n) % n;
        var bytes = _bucketBytes[bucket];
        return (bytes / n) + (chunk < bytes % n ? 1 : 0);
    }

    private struct RingState
    {
        public int Ready;
        public int Sent;
        public int Received;
    }
}
