using SgdSim.Calibration;

namespace SgdSim.Simulation;

/// <summary>
/// Ring all-reduce of the gradients over the workers' NICs. Gradients go in buckets, as PyTorch's
/// DistributedDataParallel and Horovod's tensor fusion send them: in the order the trace shows them produced, each
/// bucket filled until it holds <see cref="Scenario.BucketBytes"/>; a bucket is reduced once all its gradients are
/// ready. It is cut into N chunks; in each of 2(N−1) phases every worker sends one chunk to the next worker of the
/// ring (N − 1 phases of reduce-scatter, then N − 1 of all-gather), and sends phase k + 1 once it has received
/// phase k from the worker before it. A worker has the average when it has received all 2(N−1) chunks; each worker
/// sends 2(N−1)/N of the bucket.
/// </summary>
public sealed partial class ClusterSimulation
{
    // Per task: the bucket of a push (a gradient), or -1; per bucket: its pushes and bytes.
    private readonly int[] _bucketOf;
    private readonly int[][] _bucketTasks = [];
    private readonly long[] _bucketBytes = [];

    // Per (worker, bucket, step parity): a worker is never more than one round of a bucket ahead of the next
    // worker, because finishing round r needs every worker to have started it.
    private readonly RingState[] _ringState;
    private long _ringPayload;

    private int Buckets => _bucketBytes.Length;

    private int RingBase => _workers * _tasks;

    private struct RingState
    {
        public int Ready;
        public int Sent;
        public int Received;
    }

    private static int[] RingSetup(JobModel model, int workers, Scenario scenario, out RingState[] state, out int[][] bucketTasks, out long[] bucketBytes)
    {
        var bucketOf = new int[model.TaskCount];
        Array.Fill(bucketOf, -1);
        var buckets = new List<List<int>>();
        var bytes = new List<long>();
        for (var t = 0; !scenario.Mode.HasServer && t < model.TaskCount; t++)
        {
            if (model.Kinds[t] != TaskKind.Push)
            {
                continue;
            }

            if (buckets.Count == 0 || bytes[^1] >= scenario.BucketBytes)
            {
                buckets.Add([]);
                bytes.Add(0);
            }

            bucketOf[t] = buckets.Count - 1;
            buckets[^1].Add(t);
            bytes[^1] += model.Bytes[t];
        }

        bucketTasks = [.. buckets.Select(b => b.ToArray())];
        bucketBytes = [.. bytes];
        state = new RingState[workers * buckets.Count * 2];
        return bucketOf;
    }

    private int RingSlot(int w, int bucket, int parity) => (((w * Buckets) + bucket) << 1) | parity;

    // Worker w's gradient t is ready: once its whole bucket is, the bucket enters the ring.
    private void StartRing(int w, int t)
    {
        var bucket = _bucketOf[t];
        var parity = _stepsDone[w] & 1;
        if (++_ringState[RingSlot(w, bucket, parity)].Ready == _bucketTasks[bucket].Length)
        {
            PumpRing(w, bucket, parity);
        }
    }

    private bool Started(int slot, int bucket) => _ringState[slot].Ready == _bucketTasks[bucket].Length;

    // Sends every phase worker w may send now, and completes its bucket when all chunks are in.
    private void PumpRing(int w, int bucket, int parity)
    {
        var slot = RingSlot(w, bucket, parity);
        if (!Started(slot, bucket))
        {
            return;
        }

        ref var state = ref _ringState[slot];
        var phases = 2 * (_workers - 1);
        while (state.Sent < Math.Min(state.Received + 1, phases))
        {
            if (_stepsDone[w] < _steps)
            {
                _ringPayload += ChunkBytes(w, bucket, state.Sent);
            }

            Schedule(Now + _model.UpLatencyNs, new ClusterEvent(ClusterEventKind.ChunkReady, w, bucket, (state.Sent << 1) | parity));
            state.Sent++;
        }

        if (state.Received == phases)
        {
            state = default;
            foreach (var t in _bucketTasks[bucket])
            {
                Complete(w, t);
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

    private void SendChunk(int w, int bucket, int phaseAndParity)
    {
        var phase = phaseAndParity >> 1;
        var parity = phaseAndParity & 1;
        var priority = _policy.ChunkPriority(_bucketTasks[bucket]);
        var tag = RingBase + RingSlot(w, bucket, parity);
        _network.Send(Now, w, (w + 1) % _workers, ChunkBytes(w, bucket, phase), priority, tag);
        RescheduleNetwork();
        if (Traffic is not null)
        {
            SampleTraffic();
        }
    }

    private void ChunkArrived(int slot)
    {
        var parity = slot & 1;
        var sender = (slot >> 1) / Buckets;
        var bucket = (slot >> 1) % Buckets;
        var receiver = (sender + 1) % _workers;
        _ringState[RingSlot(receiver, bucket, parity)].Received++;
        PumpRing(receiver, bucket, parity);
    }
}
