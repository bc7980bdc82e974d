using SgdSim.Calibration;

namespace SgdSim.Simulation;

/// <summary>
/// Ring all-reduce of each gradient over the workers' NICs. The gradient is cut into N chunks; in each of 2(N−1)
/// phases every worker sends one chunk to the next worker of the ring (N − 1 phases of reduce-scatter, then N − 1
/// of all-gather), and sends phase k + 1 once it has received phase k from the worker before it. A worker's
/// gradient is averaged when it has received all 2(N−1) chunks; each worker sends 2(N−1)/N of the gradient.
/// </summary>
public sealed partial class ClusterSimulation
{
    // Per task: its index among the pushes (the gradients), or -1.
    private readonly int[] _pushIndex;
    private readonly int[] _ringTasks = [];

    // Per (worker, gradient, step parity): a worker is never more than one round of a gradient ahead of the next
    // worker, because finishing round r needs every worker to have started it.
    private readonly RingState[] _ringState;
    private long _ringPayload;

    private int RingGradients => _ringTasks.Length;

    private int RingBase => _workers * _tasks;

    private struct RingState
    {
        public bool Started;
        public int Sent;
        public int Received;
    }

    private static int[] RingSetup(JobModel model, int workers, bool ring, out RingState[] state, out int[] tasks)
    {
        var index = new int[model.TaskCount];
        Array.Fill(index, -1);
        var gradients = new List<int>();
        for (var t = 0; ring && t < model.TaskCount; t++)
        {
            if (model.Kinds[t] == TaskKind.Push)
            {
                index[t] = gradients.Count;
                gradients.Add(t);
            }
        }

        tasks = [.. gradients];
        state = new RingState[ring ? workers * gradients.Count * 2 : 0];
        return index;
    }

    private int RingSlot(int w, int gradient, int parity) => (((w * RingGradients) + gradient) << 1) | parity;

    private void StartRing(int w, int t)
    {
        if (_workers == 1)
        {
            Complete(w, t);
            return;
        }

        var parity = _stepsDone[w] & 1;
        _ringState[RingSlot(w, _pushIndex[t], parity)].Started = true;
        PumpRing(w, _pushIndex[t], parity);
    }

    // Sends every phase worker w may send now, and completes its gradient when all chunks are in.
    private void PumpRing(int w, int gradient, int parity)
    {
        var slot = RingSlot(w, gradient, parity);
        ref var state = ref _ringState[slot];
        if (!state.Started)
        {
            return;
        }

        var phases = 2 * (_workers - 1);
        var t = _ringTasks[gradient];
        while (state.Sent < Math.Min(state.Received + 1, phases))
        {
            if (_stepsDone[w] < _options.Steps)
            {
                _ringPayload += ChunkBytes(w, t, state.Sent);
            }

            Schedule(Now + _model.UpLatencyNs, new ClusterEvent(ClusterEventKind.ChunkReady, w, t, (state.Sent << 1) | parity));
            state.Sent++;
        }

        if (state.Received == phases)
        {
            state = default;
            Complete(w, t);
        }
    }

    // The chunk worker w sends in phase k: in reduce-scatter it passes on chunk (w − k) mod N, which it has just
    // added its own share to; in all-gather chunk (w + 1 − k') mod N, which is complete.
    private long ChunkBytes(int w, int t, int phase)
    {
        var n = _workers;
        var chunk = phase < n - 1 ? w - phase : w + 1 - (phase - (n - 1));
        chunk = ((chunk % n) + n) % n;
        var bytes = _model.Bytes[t];
        return (bytes / n) + (chunk < bytes % n ? 1 : 0);
    }

    private void SendChunk(int w, int t, int phaseAndParity)
    {
        var phase = phaseAndParity >> 1;
        var parity = phaseAndParity & 1;
        var priority = _scenario.Policy == TransmissionPolicy.P3 ? _pullRank![_model.Parameters[t]] : _issued++;
        var tag = RingBase + RingSlot(w, _pushIndex[t], parity);
        _network.Send(Now, w, (w + 1) % _workers, ChunkBytes(w, t, phase), priority, tag);
        RescheduleNetwork();
    }

    private void ChunkArrived(int slot)
    {
        var parity = slot & 1;
        var sender = (slot >> 1) / RingGradients;
        var gradient = (slot >> 1) % RingGradients;
        var receiver = (sender + 1) % _workers;
        _ringState[RingSlot(receiver, gradient, parity)].Received++;
        PumpRing(receiver, gradient, parity);
    }
}
