using SgdSim.Calibration;

namespace SgdSim.Simulation;

/// <summary>
/// Synchronous and stale-synchronous SGD. A parameter's round r is complete when every worker's gradient of step r
/// has been applied to it; a worker in step c may read the parameter only once round c − S − 1 is complete (S = 0
/// for synchronous SGD), which bounds how far it runs ahead of the slowest worker. Synchronous SGD also combines
/// the N gradients of a round into one update: each gradient is added to the parameter's accumulator as it comes
/// (taken as free), and the last one runs the update once.
/// </summary>
public sealed partial class ClusterSimulation
{
    // Per parameter: the tasks of one worker step that apply a gradient to it (its updates, or its pushes when the
    // trace shows no update); 0 leaves it ungated. Null in asynchronous and all-reduce modes.
    private readonly int[]? _appliers;
    private readonly bool[]? _applies;
    private readonly int[]? _roundsComplete;
    private readonly List<(int Worker, int Task)>[]? _pullsWaiting;
    private readonly Dictionary<(int Parameter, int Step), int> _appliedCount = [];
    private readonly Dictionary<(int Task, int Step), int> _accumulated = [];

    private static (int[]? Appliers, bool[]? Applies) ConsistencySetup(JobModel model, Scenario scenario)
    {
        if (scenario.Mode.Kind is not (TrainingModeKind.Sync or TrainingModeKind.StaleSynchronous))
        {
            return (null, null);
        }

        var updated = new bool[model.ParameterNames.Length];
        for (var t = 0; t < model.TaskCount; t++)
        {
            if (model.Kinds[t] == TaskKind.Update)
            {
                updated[model.Parameters[t]] = true;
            }
        }

        var appliers = new int[updated.Length];
        var applies = new bool[model.TaskCount];
        for (var t = 0; t < model.TaskCount; t++)
        {
            var p = model.Parameters[t];
            applies[t] = model.Kinds[t] == TaskKind.Update || (model.Kinds[t] == TaskKind.Push && !updated[p]);
            if (applies[t])
            {
                appliers[p]++;
            }
        }

        return (appliers, applies);
    }

    private int Staleness => _scenario.Mode.Kind == TrainingModeKind.Sync ? 0 : _scenario.Mode.Staleness;

    // Whether worker w may send its read of a parameter now; if not, it waits for the round it must see.
    private bool MayPull(int w, int t)
    {
        var p = _model.Parameters[t];
        if (_appliers is null || p < 0 || _appliers[p] == 0 || _roundsComplete![p] >= _stepsDone[w] - Staleness)
        {
            return true;
        }

        _pullsWaiting![p].Add((w, t));
        return false;
    }

    // Synchronous SGD: a gradient that is not the round's last is only accumulated.
    private bool Accumulated(int w, int t)
    {
        if (_scenario.Mode.Kind != TrainingModeKind.Sync)
        {
            return false;
        }

        var key = (t, _stepsDone[w]);
        var arrived = _accumulated.GetValueOrDefault(key) + 1;
        if (arrived < _workers)
        {
            _accumulated[key] = arrived;
            return true;
        }

        _accumulated.Remove(key);
        return false;
    }

    // Worker w's gradient for task t's parameter has been applied (with synchronous SGD, the whole round's).
    private void Applied(int w, int t)
    {
        if (_applies is null || !_applies[t])
        {
            return;
        }

        var p = _model.Parameters[t];
        var key = (p, _stepsDone[w]);
        var combined = _scenario.Mode.Kind == TrainingModeKind.Sync && _model.Kinds[t] == TaskKind.Update ? _workers : 1;
        _appliedCount[key] = _appliedCount.GetValueOrDefault(key) + combined;
        var complete = _roundsComplete![p];
        while (_appliedCount.TryGetValue((p, _roundsComplete[p]), out var count) && count == _workers * _appliers![p])
        {
            _appliedCount.Remove((p, _roundsComplete[p]));
            _roundsComplete[p]++;
        }

        if (_roundsComplete[p] == complete)
        {
            return;
        }

        var waiting = _pullsWaiting![p];
        var kept = 0;
        for (var i = 0; i < waiting.Count; i++)
        {
            var (worker, task) = waiting[i];
            if (_roundsComplete[p] >= _stepsDone[worker] - Staleness)
            {
                Schedule(Now + _model.DownLatencyNs, new ClusterEvent(ClusterEventKind.MessageReady, worker, task));
            }
            else
            {
                waiting[kept++] = waiting[i];
            }
        }

        waiting.RemoveRange(kept, waiting.Count - kept);
    }
}
