using SgdSim.Calibration;

namespace SgdSim.Simulation;

/// <summary>Transfers between workers and parameter-server shards: their order on the wire and P3's slices.</summary>
public sealed partial class ClusterSimulation
{
    // Rank of each parameter under TIC, TAC and P3 (0 = first); null for the orders that need none.
    private readonly int[]? _pullRank;

    // P3's slice size; 0 sends every tensor whole.
    private readonly long _sliceBytes;
    private readonly Dictionary<int, int> _slicesLeft = [];

    // Issue order, the priority of first-come-first-served transfers.
    private long _issued;

    private static (int[]? Rank, long SliceBytes) TransferSetup(JobModel model, Scenario scenario) => scenario.Policy switch
    {
        TransmissionPolicy.Tic => (TransferOrder.TimingIndependent(model), 0),
        TransmissionPolicy.Tac => (TransferOrder.TimingAware(model), 0),
        TransmissionPolicy.P3 => (TransferOrder.TimingIndependent(model), scenario.SliceBytes),
        _ => (null, 0),
    };

    // The server orders the parameters it sends; lower goes first.
    private long PullPriority(int w, int t) => _scenario.Policy switch
    {
        TransmissionPolicy.Measured => _model.PullRanks[_profiledStep[w]][t],
        TransmissionPolicy.TfDefault => Random.Next(),
        TransmissionPolicy.Fifo => _issued++,
        _ => _pullRank![_model.Parameters[t]],
    };

    // A worker sends its gradients as they are ready, except under P3, which sends the ones the next forward pass
    // needs first before the others.
    private long PushPriority(int t) =>
        _scenario.Policy == TransmissionPolicy.P3 ? _pullRank![_model.Parameters[t]] : _issued++;

    private void SendMessage(int w, int t)
    {
        var pull = _model.Kinds[t] == TaskKind.Pull;
        var priority = pull ? PullPriority(w, t) : PushPriority(t);
        var shardNode = _workers + _plan!.ShardOfTask[t];
        var (source, destination) = pull ? (shardNode, w) : (w, shardNode);

        // The trace shows equal messages taking somewhat different times on an idle link: the step replays its
        // profiled step's factor, so the transport's own variability is replayed too (not with median durations).
        var factors = pull ? _model.DownWireFactors : _model.UpWireFactors;
        var factor = _options.Durations == DurationMode.Median ? 1.0 : factors[_profiledStep[w]];
        var bytes = (long)Math.Round(_model.Bytes[t] * factor);
        var tag = w * _tasks + t;
        if (_sliceBytes > 0 && bytes > _sliceBytes)
        {
            // P3: the slices share the tensor's priority, and the connection picks by priority between messages,
            // so a more urgent tensor that becomes ready meanwhile overtakes the slices still waiting.
            var slices = (int)((bytes + _sliceBytes - 1) / _sliceBytes);
            _slicesLeft[tag] = slices;
            for (var i = 0; i < slices; i++)
            {
                _network.Send(Now, source, destination, Math.Min(_sliceBytes, bytes - (i * _sliceBytes)), priority, tag);
            }
        }
        else
        {
            _network.Send(Now, source, destination, bytes, priority, tag);
        }

        RescheduleNetwork();
        if (Traffic is not null)
        {
            SampleTraffic();
        }
    }

    private void Delivered(int tag)
    {
        if (tag >= RingBase)
        {
            ChunkArrived(tag - RingBase);
            return;
        }

        if (_sliceBytes > 0 && _slicesLeft.TryGetValue(tag, out var left))
        {
            if (left > 1)
            {
                _slicesLeft[tag] = left - 1;
                return;
            }

            _slicesLeft.Remove(tag);
        }

        var (w, t) = (tag / _tasks, tag % _tasks);
        if (_model.Kinds[t] == TaskKind.Pull)
        {
            _payloadDown += _model.Bytes[t];
        }
        else
        {
            _payloadUp += _model.Bytes[t];
            Applied(w, t);
        }

        Complete(w, t);
    }
}
