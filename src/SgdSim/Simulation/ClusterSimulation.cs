using SgdSim.Calibration;
using SgdSim.Simulation.Engine;
using SgdSim.Simulation.Network;

namespace SgdSim.Simulation;

/// <summary>How task durations are drawn from the trace.</summary>
public enum DurationMode
{
    /// <summary>Each simulated step replays the op durations, server answer order and transport speed of one profiled
    /// step drawn at random, so ops that were slow together stay slow together.</summary>
    Sample,

    /// <summary>Every execution takes the op's median measured duration.</summary>
    Median,
}

/// <summary>What to simulate.</summary>
/// <param name="Workers">Number of workers (at least 1).</param>
/// <param name="Steps">Steps each worker completes before the run ends.</param>
/// <param name="WarmupSteps">Steps of each worker left out of its throughput.</param>
/// <param name="Durations">How task durations are drawn.</param>
/// <param name="Seed">Seed of the run's one random generator.</param>
/// <param name="RecordWorkers">Record every span of the first this-many workers (for a synthetic trace); 0 records nothing.</param>
/// <param name="FlowPerMessage">Share the NICs among all messages in flight instead of queueing each connection's
/// messages one after another (the textbook fluid model, kept for comparison).</param>
/// <param name="Scenario">Policy, shards, training mode and heterogeneity; null: the profiled setup.</param>
public sealed record SimulationOptions(
    int Workers,
    int Steps = 40,
    int WarmupSteps = 4,
    DurationMode Durations = DurationMode.Sample,
    int Seed = 1,
    int RecordWorkers = 0,
    bool FlowPerMessage = false,
    Scenario? Scenario = null)
{
    /// <summary>The scenario, or the profiled setup when none was given.</summary>
    public Scenario Setup => Scenario ?? Scenario.Default;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> naming the bad one.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1, nameof(Workers));
        ArgumentOutOfRangeException.ThrowIfLessThan(WarmupSteps, 0, nameof(WarmupSteps));
        ArgumentOutOfRangeException.ThrowIfLessThan(Steps, WarmupSteps + 2, nameof(Steps));
        ArgumentOutOfRangeException.ThrowIfNegative(RecordWorkers, nameof(RecordWorkers));
    }
}

/// <summary>The kinds of event the cluster model handles.</summary>
public enum ClusterEventKind
{
    /// <summary>A worker begins a step.</summary>
    StepStart,

    /// <summary>A task on a worker lane or the parameter server ends.</summary>
    TaskDone,

    /// <summary>A transfer's fixed latency has passed: its message joins its connection.</summary>
    MessageReady,
}

/// <summary>One event of the cluster model.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Worker">The worker concerned.</param>
/// <param name="Task">The task concerned (an index into <see cref="JobModel"/>'s arrays).</param>
public readonly record struct ClusterEvent(ClusterEventKind Kind, int Worker, int Task);

/// <summary>
/// N workers each replaying the calibrated step in a loop against one parameter server, over a star network of
/// full-duplex NICs (<see cref="FlowNetwork"/>). Asynchronous SGD: workers never wait for each other.
/// Nodes 0..N−1 are the workers, node N the parameter server. The network's next completion is the engine's timer.
/// </summary>
public sealed class ClusterSimulation : Simulation<ClusterEvent>
{
    private readonly JobModel _model;
    private readonly SimulationOptions _options;
    private readonly int _tasks;
    private readonly int _server;
    private readonly FlowNetwork _network;
    private readonly List<int> _arrived = [];

    private readonly int[] _predecessorsLeft;
    private readonly int[] _tasksLeft;
    private readonly int[] _stepsDone;
    private readonly int[] _profiledStep;
    private readonly long[] _started;
    private readonly long[][] _completions;
    private readonly int[] _laneBusy;
    private readonly PriorityQueue<int, int>[] _laneQueue;
    private readonly Queue<int> _serverQueue = new();
    private readonly bool[] _parameterLocked;
    private readonly Queue<int>[] _parameterWaiting;
    private readonly long[] _workerBusyNs;
    private long _payloadDown;
    private long _payloadUp;
    private int _serverBusy;
    private long _pushSequence;
    private int _workersFinished;
    private int _workersWarm;
    private WindowSnapshot _windowStart;
    private WindowSnapshot _windowEnd;

    /// <summary>Prepares a run of <paramref name="model"/> with <paramref name="options"/>.</summary>
    public ClusterSimulation(JobModel model, SimulationOptions options)
        : base(options.Seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        options.Validate();
        _model = model;
        _options = options;
        _tasks = model.TaskCount;
        var workers = options.Workers;
        _server = workers;

        var egress = new double[workers + 1];
        var ingress = new double[workers + 1];
        for (var node = 0; node <= workers; node++)
        {
            // A NIC's capacity in each direction is the link's: down for what the server sends, up for what it receives.
            egress[node] = node == _server ? model.DownBytesPerNs : model.UpBytesPerNs;
            ingress[node] = node == _server ? model.UpBytesPerNs : model.DownBytesPerNs;
        }

        _network = new FlowNetwork(egress, ingress, options.FlowPerMessage);
        _predecessorsLeft = new int[workers * _tasks];
        _tasksLeft = new int[workers];
        _stepsDone = new int[workers];
        _profiledStep = new int[workers];
        _started = new long[workers * _tasks];
        _completions = [.. Enumerable.Range(0, workers).Select(_ => new long[options.Steps + 1])];
        var lanes = model.LaneSequential.Length;
        _laneBusy = new int[workers * lanes];
        _laneQueue = [.. Enumerable.Range(0, workers * lanes).Select(_ => new PriorityQueue<int, int>())];
        _parameterLocked = new bool[model.ParameterNames.Length];
        _parameterWaiting = [.. model.ParameterNames.Select(_ => new Queue<int>())];
        _workerBusyNs = new long[workers];
        Recording = options.RecordWorkers > 0 ? new List<SimulatedSpan>() : null;
    }

    /// <summary>Spans recorded for the first <see cref="SimulationOptions.RecordWorkers"/> workers, or null.</summary>
    public List<SimulatedSpan>? Recording { get; }

    /// <inheritdoc/>
    protected override bool Stopped => _workersFinished == _options.Workers;

    /// <summary>Runs the simulation to the end and summarises it.</summary>
    public SimulationResult Run()
    {
        // The workers of a job are launched together and begin their first step at once; from then on only the
        // variance of their ops' durations moves them apart (or not: with median durations they stay in lockstep).
        for (var w = 0; w < _options.Workers; w++)
        {
            Schedule(0, new ClusterEvent(ClusterEventKind.StepStart, w, -1));
        }

        Run(long.MaxValue);
        return Summarise();
    }

    /// <inheritdoc/>
    protected override void Handle(in ClusterEvent e)
    {
        switch (e.Kind)
        {
            case ClusterEventKind.StepStart:
                StartStep(e.Worker);
                break;
            case ClusterEventKind.TaskDone:
                Release(e.Worker, e.Task);
                Complete(e.Worker, e.Task);
                break;
            case ClusterEventKind.MessageReady:
                SendMessage(e.Worker, e.Task);
                break;
            default:
                throw new InvalidOperationException($"Unknown event kind {e.Kind}.");
        }
    }

    private void StartStep(int w)
    {
        var baseIndex = w * _tasks;
        Array.Copy(_model.PredecessorCounts, 0, _predecessorsLeft, baseIndex, _tasks);
        _tasksLeft[w] = _tasks;
        _profiledStep[w] = _options.Durations == DurationMode.Median ? 0 : Random.Next(_model.ProfiledSteps);
        for (var t = 0; t < _tasks; t++)
        {
            if (_model.PredecessorCounts[t] == 0)
            {
                Ready(w, t);
            }
        }

        if (_tasks == 0)
        {
            FinishStep(w);
        }
    }

    private void Ready(int w, int t)
    {
        _started[w * _tasks + t] = Now;
        switch (_model.Kinds[t])
        {
            case TaskKind.WorkerOp:
                var lane = w * _model.LaneSequential.Length + _model.Lanes[t];
                if (_model.LaneSequential[_model.Lanes[t]] && _laneBusy[lane] > 0)
                {
                    _laneQueue[lane].Enqueue(t, t); // the trace's start order
                }
                else
                {
                    _laneBusy[lane]++;
                    StartTimed(w, t);
                }

                break;
            case TaskKind.Pull:
                Schedule(Now + _model.DownLatencyNs, new ClusterEvent(ClusterEventKind.MessageReady, w, t));
                break;
            case TaskKind.Push:
                Schedule(Now + _model.UpLatencyNs, new ClusterEvent(ClusterEventKind.MessageReady, w, t));
                break;
            case TaskKind.ServerOp:
            case TaskKind.Update:
                _serverQueue.Enqueue(w * _tasks + t);
                DispatchServer();
                break;
            default:
                throw new InvalidOperationException($"Unknown task kind {_model.Kinds[t]}.");
        }
    }

    private void StartTimed(int w, int t)
    {
        _started[w * _tasks + t] = Now;
        var duration = _options.Durations == DurationMode.Median ? _model.MedianDurations[t] : _model.DurationsByStep[t][_profiledStep[w]];
        if (_model.Kinds[t] == TaskKind.WorkerOp)
        {
            _workerBusyNs[w] += duration;
        }

        Schedule(Now + duration, new ClusterEvent(ClusterEventKind.TaskDone, w, t));
    }

    // The server runs up to ServerConcurrency ops at once; an update also holds its parameter's lock, so updates of
    // one parameter from different workers run one after another.
    private void DispatchServer()
    {
        while (_serverBusy < _model.ServerConcurrency && _serverQueue.TryDequeue(out var item))
        {
            var t = item % _tasks;
            if (_model.Kinds[t] == TaskKind.Update)
            {
                var p = _model.Parameters[t];
                if (_parameterLocked[p])
                {
                    _parameterWaiting[p].Enqueue(item);
                    continue;
                }

                _parameterLocked[p] = true;
            }

            _serverBusy++;
            StartTimed(item / _tasks, t);
        }
    }

    private void Release(int w, int t)
    {
        switch (_model.Kinds[t])
        {
            case TaskKind.WorkerOp:
                var lane = w * _model.LaneSequential.Length + _model.Lanes[t];
                _laneBusy[lane]--;
                if (_laneQueue[lane].TryDequeue(out var next, out _))
                {
                    _laneBusy[lane]++;
                    StartTimed(w, next);
                }

                break;
            case TaskKind.Update:
                var p = _model.Parameters[t];
                _parameterLocked[p] = false;
                _serverBusy--;
                if (_parameterWaiting[p].TryDequeue(out var waiting))
                {
                    _parameterLocked[p] = true;
                    _serverBusy++;
                    StartTimed(waiting / _tasks, waiting % _tasks);
                }

                DispatchServer();
                break;
            case TaskKind.ServerOp:
                _serverBusy--;
                DispatchServer();
                break;
        }
    }

    private void SendMessage(int w, int t)
    {
        var pull = _model.Kinds[t] == TaskKind.Pull;
        var priority = pull ? _model.PullRanks[_profiledStep[w]][t] : _pushSequence++;
        var (source, destination) = pull ? (_server, w) : (w, _server);

        // The trace shows equal messages taking somewhat different times on an idle link: the step replays its
        // profiled step's factor, so the transport's own variability is replayed too (not with median durations).
        var factors = pull ? _model.DownWireFactors : _model.UpWireFactors;
        var factor = _options.Durations == DurationMode.Median ? 1.0 : factors[_profiledStep[w]];
        _network.Send(Now, source, destination, (long)Math.Round(_model.Bytes[t] * factor), priority, w * _tasks + t);
        RescheduleNetwork();
    }

    /// <inheritdoc/>
    protected override void OnTimer() => Arrive();

    private void Arrive()
    {
        _arrived.Clear();
        _network.AdvanceTo(Now, _arrived);
        RescheduleNetwork();
        foreach (var item in _arrived)
        {
            var t = item % _tasks;
            if (_model.Kinds[t] == TaskKind.Pull)
            {
                _payloadDown += _model.Bytes[t];
            }
            else
            {
                _payloadUp += _model.Bytes[t];
            }

            Complete(item / _tasks, t);
        }
    }

    private void RescheduleNetwork() =>
        SetTimer(_network.NextCompletion == long.MaxValue ? long.MaxValue : Math.Max(Now, _network.NextCompletion));

    private void Complete(int w, int t)
    {
        if (Recording is not null && w < _options.RecordWorkers)
        {
            Recording.Add(new SimulatedSpan(w, _stepsDone[w], t, _started[w * _tasks + t], Now));
        }

        var baseIndex = w * _tasks;
        for (var s = _model.SuccessorStart[t]; s < _model.SuccessorStart[t + 1]; s++)
        {
            var next = _model.Successors[s];
            if (--_predecessorsLeft[baseIndex + next] == 0)
            {
                Ready(w, next);
            }
        }

        if (--_tasksLeft[w] == 0)
        {
            FinishStep(w);
        }
    }

    private void FinishStep(int w)
    {
        var done = ++_stepsDone[w];
        if (done <= _options.Steps)
        {
            _completions[w][done] = Now;
        }

        if (done == _options.WarmupSteps && ++_workersWarm == _options.Workers)
        {
            _windowStart = Snapshot();
        }

        if (done == _options.Steps)
        {
            if (_workersFinished == 0)
            {
                _windowEnd = Snapshot();
            }

            _workersFinished++;
        }

        var gaps = _model.StepGapSamples;
        var gap = _options.Durations == DurationMode.Median ? gaps[gaps.Length / 2] : gaps[Random.Next(gaps.Length)];
        Schedule(Now + gap, new ClusterEvent(ClusterEventKind.StepStart, w, -1));
    }

    private WindowSnapshot Snapshot()
    {
        // Count the bytes up to now; a message about to arrive arrives at the network's own event, not here.
        _network.Observe(Now);
        return new WindowSnapshot(Now, _network.BytesSent(_server), _network.BytesReceived(_server), _workerBusyNs.Sum());
    }

    private SimulationResult Summarise()
    {
        var perWorker = new double[_options.Workers];
        for (var w = 0; w < _options.Workers; w++)
        {
            var c = _completions[w];
            var span = c[_options.Steps] - c[_options.WarmupSteps];
            perWorker[w] = span > 0 ? (_options.Steps - _options.WarmupSteps) / (span / 1e9) : double.PositiveInfinity;
        }

        // The window in which every worker is past warm-up and none has finished: all contend as in steady state.
        var end = _windowEnd.TimeNs > _windowStart.TimeNs ? _windowEnd : Snapshot();
        var window = Math.Max(1, end.TimeNs - _windowStart.TimeNs);
        var seconds = window / 1e9;
        var stepBytesDown = _model.PullBytesPerStep;
        return new SimulationResult(
            Workers: _options.Workers,
            ThroughputStepsPerS: perWorker.Sum(),
            WorkerStepsPerS: perWorker,
            ServerEgressUtilisation: (end.ServerSent - _windowStart.ServerSent) / (_model.DownBytesPerNs * window),
            ServerIngressUtilisation: (end.ServerReceived - _windowStart.ServerReceived) / (_model.UpBytesPerNs * window),
            WorkerComputeShare: (end.WorkerBusyNs - _windowStart.WorkerBusyNs) / (double)window / _options.Workers,
            StepsCompleted: _stepsDone.Sum(),
            PayloadBytesSentByServer: _payloadDown,
            PayloadBytesReceivedByServer: _payloadUp,
            SimulatedSeconds: Now / 1e9,
            Events: EventsProcessed,
            MeasuredSeconds: seconds,
            PullBytesPerStep: stepBytesDown,
            PushBytesPerStep: _model.PushBytesPerStep);
    }

    private readonly record struct WindowSnapshot(long TimeNs, double ServerSent, double ServerReceived, long WorkerBusyNs);
}

/// <summary>One task execution recorded for a synthetic trace.</summary>
/// <param name="Worker">The worker whose step it belongs to.</param>
/// <param name="Step">That worker's step number, from 0.</param>
/// <param name="Task">The task index in the <see cref="JobModel"/>.</param>
/// <param name="StartNs">When it became ready (for a transfer: when it was requested).</param>
/// <param name="EndNs">When it ended (for a transfer: when its last byte arrived).</param>
public readonly record struct SimulatedSpan(int Worker, int Step, int Task, long StartNs, long EndNs);

/// <summary>What one simulation run measured.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="ThroughputStepsPerS">Sum over workers of each worker's step rate after warm-up.</param>
/// <param name="WorkerStepsPerS">Each worker's step rate after warm-up.</param>
/// <param name="ServerEgressUtilisation">Share of the server NIC's sending capacity used in the steady-state window.</param>
/// <param name="ServerIngressUtilisation">Share of the server NIC's receiving capacity used in the steady-state window.</param>
/// <param name="WorkerComputeShare">Share of the window a worker spent running its own ops, averaged over workers.</param>
/// <param name="StepsCompleted">Steps completed by all workers.</param>
/// <param name="PayloadBytesSentByServer">Bytes of the pulls that arrived over the whole run.</param>
/// <param name="PayloadBytesReceivedByServer">Bytes of the pushes that arrived over the whole run.</param>
/// <param name="SimulatedSeconds">Simulated time of the whole run.</param>
/// <param name="Events">Events handled.</param>
/// <param name="MeasuredSeconds">Length of the steady-state window the utilisations cover.</param>
/// <param name="PullBytesPerStep">Bytes one worker step pulls.</param>
/// <param name="PushBytesPerStep">Bytes one worker step pushes.</param>
public sealed record SimulationResult(
    int Workers,
    double ThroughputStepsPerS,
    double[] WorkerStepsPerS,
    double ServerEgressUtilisation,
    double ServerIngressUtilisation,
    double WorkerComputeShare,
    int StepsCompleted,
    long PayloadBytesSentByServer,
    long PayloadBytesReceivedByServer,
    double SimulatedSeconds,
    long Events,
    double MeasuredSeconds,
    long PullBytesPerStep,
    long PushBytesPerStep);
