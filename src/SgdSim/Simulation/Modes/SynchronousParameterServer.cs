using SgdSim.Calibration;

namespace SgdSim.Simulation.Modes;

/// <summary>
/// Synchronous and stale-synchronous SGD on parameter servers. A parameter's round r is complete when every worker's
/// gradient of step r has been applied to it; a worker in step c may read the parameter only once round c − S − 1 is
/// complete (S = 0 for synchronous SGD), which bounds how far it runs ahead of the slowest worker. Synchronous SGD
/// also combines the N gradients of a round into one update: each gradient is added to the parameter's accumulator
/// as it comes (taken as free), and the last one runs the update once.
/// </summary>
public sealed class SynchronousParameterServer : ParameterServerMode
{
    private readonly int _staleness;
    private readonly bool _combine;
    private readonly JobModel _model;
    private readonly int _workers;

    // Per parameter: the tasks of one worker step that apply a gradient to it (its updates, or its pushes when the
    // trace shows no update); 0 leaves it ungated.
    private readonly int[] _appliers;
    private readonly bool[] _applies;
    private readonly int[] _roundsComplete;
    private readonly List<(int Worker, int Task)>[] _readsWaiting;
    private readonly Dictionary<(int Parameter, int Step), int> _appliedCount = [];
    private readonly Dictionary<(int Task, int Step), int> _accumulated = [];

    /// <summary>Synchronous SGD (<paramref name="staleness"/> 0, <paramref name="combine"/> true) or stale-synchronous
    /// SGD with bound <paramref name="staleness"/> (each gradient its own update).</summary>
    /// <param name="cluster">The cluster the mode serves.</param>
    /// <param name="staleness">How many steps a worker may run ahead of the slowest one's applied gradients.</param>
    /// <param name="combine">Whether a round's gradients are combined into one update.</param>
    public SynchronousParameterServer(ClusterSimulation cluster, int staleness, bool combine)
        : base(cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentOutOfRangeException.ThrowIfNegative(staleness);
        (_staleness, _combine, _model, _workers) = (staleness, combine, cluster.Model, cluster.Workers);
        var updated = new bool[_model.ParameterNames.Length];
        for (var t = 0; t < _model.TaskCount; t++)
        {
            if (_model.Kinds[t] == TaskKind.Update)
            {
                updated[_model.Parameters[t]] = true;
            }
        }

        _appliers = new int[updated.Length];
        _applies = new bool[_model.TaskCount];
        for (var t = 0; t < _model.TaskCount; t++)
        {
            var p = _model.Parameters[t];
            _applies[t] = _model.Kinds[t] == TaskKind.Update || (_model.Kinds[t] == TaskKind.Push && !updated[p]);
            if (_applies[t])
            {
                _appliers[p]++;
            }
        }

        _roundsComplete = new int[_appliers.Length];
        _readsWaiting = [.. _appliers.Select(_ => new List<(int, int)>())];
    }

    /// <inheritdoc/>
    public override void Applied(int worker, int task)
    {
        if (!_applies[task])
        {
            return;
        }

        var p = _model.Parameters[task];
        var key = (p, Cluster.StepsDone(worker));
        var combined = _combine && _model.Kinds[task] == TaskKind.Update ? _workers : 1;
        _appliedCount[key] = _appliedCount.GetValueOrDefault(key) + combined;
        var complete = _roundsComplete[p];
        while (_appliedCount.TryGetValue((p, _roundsComplete[p]), out var count) && count == _workers * _appliers[p])
        {
            _appliedCount.Remove((p, _roundsComplete[p]));
            _roundsComplete[p]++;
        }

        if (_roundsComplete[p] != complete)
        {
            ReleaseReads(p);
        }
    }

    /// <inheritdoc/>
    protected override bool HoldRead(int worker, int task)
    {
        var p = _model.Parameters[task];
        if (p < 0 || _appliers[p] == 0 || MayRead(worker, p))
        {
            return false;
        }

        _readsWaiting[p].Add((worker, task));
        return true;
    }

    /// <inheritdoc/>
    protected override bool Accumulate(int worker, int task)
    {
        if (!_combine)
        {
            return false;
        }

        var key = (task, Cluster.StepsDone(worker));
        var arrived = _accumulated.GetValueOrDefault(key) + 1;
        if (arrived < _workers)
        {
            _accumulated[key] = arrived;
            return true;
        }

        _accumulated.Remove(key);
        return false;
    }

    private bool MayRead(int worker, int parameter) => _roundsComplete[parameter] >= Cluster.StepsDone(worker) - _staleness;

    // Sends the held reads of parameter p that its rounds now allow, keeping the others in order.
    private void ReleaseReads(int p)
    {
        var waiting = _readsWaiting[p];
        var kept = 0;
        for (var i = 0; i < waiting.Count; i++)
        {
            var (worker, task) = waiting[i];
            if (MayRead(worker, p))
            {
                Cluster.RequestTransfer(worker, task);
            }
            else
            {
                waiting[kept++] = waiting[i];
            }
        }

        waiting.RemoveRange(kept, waiting.Count - kept);
    }
}
