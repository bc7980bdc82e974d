using SgdSim.Calibration;
using SgdSim.Simulation.Modes;

namespace SgdSim.Simulation;

/// <summary>Transfers between workers and parameter-server shards, in the order and slices the policy gives.</summary>
public sealed partial class ClusterSimulation
{
    // The policy's slice size, read once: 0 sends every tensor whole.
    private readonly long _sliceBytes;
    private readonly Dictionary<int, int> _slicesLeft = [];

    private void SendMessage(int w, int t)
    {
        var pull = _model.Kinds[t] == TaskKind.Pull;
        var priority = pull ? _policy.PullPriority(w, t, _profiledStep[w]) : _policy.PushPriority(w, t);
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

    // Tags from here up are the training mode's own messages.
    private int ModeTagBase => _workers * _tasks;

    /// <summary>Requests worker <paramref name="w"/>'s read or gradient <paramref name="t"/>: it joins its connection
    /// once the link's fixed latency has passed (for a training mode).</summary>
    public void RequestTransfer(int w, int t)
    {
        var latency = _model.Kinds[t] == TaskKind.Pull ? _model.DownLatencyNs : _model.UpLatencyNs;
        Schedule(Now + latency, new ClusterEvent(ClusterEventKind.MessageReady, w, t));
    }

    /// <summary>Sends a message of the training mode's own from node <paramref name="source"/> to node
    /// <paramref name="destination"/> now; <see cref="ITrainingMode.Arrived"/> gets <paramref name="tag"/> back.</summary>
    public void SendModeMessage(int source, int destination, long bytes, long priority, int tag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tag);
        _network.Send(Now, source, destination, bytes, priority, ModeTagBase + tag);
        RescheduleNetwork();
        if (Traffic is not null)
        {
            SampleTraffic();
        }
    }

    private void Delivered(int tag)
    {
        if (tag >= ModeTagBase)
        {
            _mode.Arrived(tag - ModeTagBase);
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
            _mode.Applied(w, t);
        }

        Complete(w, t);
    }
}
