using SgdSim.Calibration;

namespace SgdSim.Tests.Support;

/// <summary>Builds a <see cref="JobModel"/> task by task, for models whose behaviour has a closed form.</summary>
internal sealed class ModelBuilder(double bytesPerNs, long latencyNs = 0)
{
    private readonly List<(string Name, TaskKind Kind, int Lane, string? Parameter, long Bytes, long Duration, long Start, int[] After)> _tasks = [];
    private readonly List<string> _parameters = [];

    /// <summary>Adds a task; returns its index. <paramref name="after"/> are the tasks it depends on.</summary>
    public int Add(string name, TaskKind kind, long durationNs = 0, string? parameter = null, long bytes = 0, int lane = 0, long startNs = 0, params int[] after)
    {
        if (parameter is not null && !_parameters.Contains(parameter))
        {
            _parameters.Add(parameter);
        }

        _tasks.Add((name, kind, kind == TaskKind.WorkerOp ? lane : -1, parameter, bytes, durationNs, startNs, after));
        return _tasks.Count - 1;
    }

    public int Pull(string parameter, long bytes, params int[] after) => Add("pull " + parameter, TaskKind.Pull, parameter: parameter, bytes: bytes, after: after);

    public int Push(string parameter, long bytes, params int[] after) => Add("push " + parameter, TaskKind.Push, parameter: parameter, bytes: bytes, after: after);

    public int Compute(string name, long durationNs, long startNs = 0, params int[] after) => Add(name, TaskKind.WorkerOp, durationNs, startNs: startNs, after: after);

    public int Update(string parameter, long durationNs, params int[] after) => Add("update " + parameter, TaskKind.Update, durationNs, parameter, after: after);

    public JobModel Build()
    {
        var n = _tasks.Count;
        var successors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var predecessors = new int[n];
        for (var t = 0; t < n; t++)
        {
            foreach (var p in _tasks[t].After)
            {
                successors[p].Add(t);
                predecessors[t]++;
            }
        }

        var start = new int[n + 1];
        for (var t = 0; t < n; t++)
        {
            start[t + 1] = start[t] + successors[t].Count;
        }

        var parameterIndex = _tasks.Select(t => t.Parameter is null ? -1 : _parameters.IndexOf(t.Parameter)).ToArray();
        var lanes = _tasks.Where(t => t.Lane >= 0).Select(t => t.Lane).DefaultIfEmpty(0).Max() + 1;
        var pulls = Enumerable.Range(0, n).Where(t => _tasks[t].Kind == TaskKind.Pull).ToList();
        return new JobModel
        {
            Names = [.. _tasks.Select(t => t.Name)],
            Kinds = [.. _tasks.Select(t => t.Kind)],
            Lanes = [.. _tasks.Select(t => t.Lane)],
            LaneSequential = [.. Enumerable.Repeat(true, lanes)],
            Parameters = parameterIndex,
            Bytes = [.. _tasks.Select(t => t.Bytes)],
            DurationsByStep = [.. _tasks.Select(t => new[] { t.Duration })],
            MedianDurations = [.. _tasks.Select(t => t.Duration)],
            MedianStartNs = [.. _tasks.Select(t => t.Start)],
            SuccessorStart = start,
            Successors = [.. successors.SelectMany(s => s)],
            PredecessorCounts = predecessors,
            ParameterNames = [.. _parameters],
            ParameterBytes = [.. _parameters.Select(p => _tasks.Where(t => t.Parameter == p).Max(t => t.Bytes))],
            PullRanks = [[.. Enumerable.Range(0, n).Select(t => pulls.IndexOf(t))]],
            StepGapSamples = [0],
            ServerConcurrency = 1,
            DownBytesPerNs = bytesPerNs,
            UpBytesPerNs = bytesPerNs,
            DownLatencyNs = latencyNs,
            UpLatencyNs = latencyNs,
            DownWireFactors = [1.0],
            UpWireFactors = [1.0],
            MedianStepNs = 1,
            Explanation = [],
        };
    }
}
