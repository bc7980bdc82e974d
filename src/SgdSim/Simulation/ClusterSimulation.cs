using SgdSim.Calibration;
using SgdSim.Simulation.Engine;
using SgdSim.Simulation.Modes;
using SgdSim.Simulation.Network;
using SgdSim.Simulation.Policies;

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
    /// <summary>The network model; null: <see cref="NetworkModels.FlowPerMessage"/> when <see cref="FlowPerMessage"/>
    /// is set, otherwise <see cref="NetworkModels.ConnectionQueues"/>.</summary>
    public NetworkModelFactory? Network { get; init; }

    /// <summary>The transfer policy; null: the one <see cref="Scenario.Policy"/> names (see <see cref="TransferPolicies"/>).</summary>
    public TransferPolicyFactory? TransferPolicy { get; init; }

    /// <summary>The training mode; null: the one <see cref="Scenario.Mode"/> names (see <see cref="TrainingModes"/>).</summary>
    public TrainingModeFactory? TrainingMode { get; init; }

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

    /// <summary>A task on a worker lane or a parameter-server shard ends.</summary>
    TaskDone,

    /// <summary>A transfer's fixed latency has passed: its message joins its connection.</summary>
    MessageReady,

    /// <summary>An event the training mode scheduled (for ring all-reduce: a chunk's fixed latency has passed, and it
    /// joins the connection to the next worker of the ring).</summary>
    ModeEvent,
}

/// <summary>One event of the cluster model.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Worker">The worker concerned.</param>
/// <param name="Task">The task concerned (an index into <see cref="JobModel"/>'s arrays).</param>
/// <param name="Phase">Whatever else a mode's event needs (for an all-reduce chunk: its phase in the ring and the
/// step's parity); otherwise 0.</param>
public readonly record struct ClusterEvent(ClusterEventKind Kind, int Worker, int Task, int Phase = 0);

/// <summary>
/// N workers each replaying the calibrated step in a loop, over a star network of full-duplex NICs
/// (<see cref="StarTopology"/>, shared as an <see cref="INetworkModel"/> says), against K parameter-server shards — or, in all-reduce mode, against each other.
/// Nodes 0..N−1 are the workers, N..N+K−1 the shards. The network's next completion is the engine's timer.
/// The <see cref="Scenario"/> decides the transfer order, the shards, how updates are combined (asynchronous,
/// synchronous, stale-synchronous, ring all-reduce) and how the workers differ.
/// </summary>
public sealed partial class ClusterSimulation : Simulation<ClusterEvent>
{
    private readonly JobModel _model;
    private readonly SimulationOptions _options;
    private readonly Scenario _scenario;
    private readonly int _tasks;
    private readonly int _workers;
    private readonly int _shards;
    private readonly ShardPlan? _plan;
    private readonly StarTopology _topology;
    private readonly INetworkModel _network;
    private readonly ITransferPolicy _policy;
    private readonly ITrainingMode _mode;
    private readonly double[] _slowdown;
    private readonly List<int> _arrived = [];

    private readonly int[] _predecessorsLeft;
    private readonly int[] _tasksLeft;
    private readonly int[] _stepsDone;
    private readonly int[] _profiledStep;
    private readonly long[] _started;
    private readonly long[][] _completions;
    private int _steps;

    // Lanes of a worker: the trace's, plus, when the mode has workers apply their own updates, one for those.
    private readonly int[] _laneOf;
    private readonly bool[] _laneSequential;
    private readonly int[] _laneBusy;
    private readonly PriorityQueue<int, int>[] _laneQueue;

    private readonly Queue<int>[] _serverQueue;
    private readonly int[] _serverBusy;
    private readonly bool[] _parameterLocked;
    private readonly Queue<int>[] _parameterWaiting;
    private readonly long[] _workerBusyNs;
    private long _payloadDown;
    private long _payloadUp;
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
        _scenario = options.Setup;
        var workers = _workers = options.Workers;
        if (_scenario.Problem(workers, model.ParameterNames.Length) is { } problem)
        {
            throw new ArgumentException($"The scenario does not fit: {problem}.", nameof(options));
        }

        _tasks = model.TaskCount;
        _steps = options.Steps;
        _stepsDone = new int[workers];
        _policy = (options.TransferPolicy ?? TransferPolicies.Of(_scenario.Policy).Create)(new TransferPolicyContext(model, _scenario, Random));
        _sliceBytes = _policy.SliceBytes;
        _mode = (options.TrainingMode ?? TrainingModes.Of(_scenario))(this);
        _shards = _mode.HasServer ? _scenario.Shards : 0;
        _plan = _mode.HasServer ? ShardPlan.Assign(model, _shards, _scenario.Placement) : null;

        _topology = StarTopology.Of(model, _scenario, workers, _shards);

        // The weights of unequal sharing come from a generator of their own, so that equal sharing draws nothing
        // and leaves every other draw of the run as it was.
        var settings = new NetworkSettings(_scenario.Sharing, _scenario.Reverse, unchecked((options.Seed * -1640531535) ^ 0x5bd1e995));
        var network = options.Network ?? (options.FlowPerMessage ? NetworkModels.FlowPerMessage : NetworkModels.ConnectionQueues);
        _network = network(_topology, settings);
        _slowdown = [.. Enumerable.Range(0, workers).Select(w => _scenario.SlowdownOf(w, workers))];
        _predecessorsLeft = new int[workers * _tasks];
        _tasksLeft = new int[workers];
        _profiledStep = new int[workers];
        _started = new long[workers * _tasks];
        _completions = [.. Enumerable.Range(0, workers).Select(_ => new long[options.Steps + 1])];

        var traceLanes = model.LaneSequential.Length;
        var ownLane = _mode.UpdatesOnWorkers;
        _laneSequential = ownLane ? [.. model.LaneSequential, true] : model.LaneSequential;
        _laneOf = new int[_tasks];
        for (var t = 0; t < _tasks; t++)
        {
            _laneOf[t] = model.Kinds[t] == TaskKind.WorkerOp ? model.Lanes[t] : ownLane && model.Kinds[t] == TaskKind.Update ? traceLanes : -1;
        }

        _laneBusy = new int[workers * _laneSequential.Length];
        _laneQueue = [.. Enumerable.Range(0, _laneBusy.Length).Select(_ => new PriorityQueue<int, int>())];
        _serverQueue = [.. Enumerable.Range(0, _shards).Select(_ => new Queue<int>())];
        _serverBusy = new int[_shards];
        _parameterLocked = new bool[model.ParameterNames.Length];
        _parameterWaiting = [.. model.ParameterNames.Select(_ => new Queue<int>())];
        _workerBusyNs = new long[workers];
        Recording = options.RecordWorkers > 0 ? new List<SimulatedSpan>() : null;
        Traffic = options.RecordWorkers > 0 ? new List<TrafficSample>() : null;
    }

    /// <summary>Spans recorded for the first <see cref="SimulationOptions.RecordWorkers"/> workers, or null.</summary>
    public List<SimulatedSpan>? Recording { get; }

    /// <summary>With recording on: the bytes each parameter-server shard (or, in all-reduce mode, each recorded
    /// worker) has sent and received so far, sampled whenever a message is sent or arrives; otherwise null.</summary>
    public List<TrafficSample>? Traffic { get; }

    /// <summary>Sending capacity of each node's NIC (workers first, then shards), bytes per nanosecond.</summary>
    public IReadOnlyList<double> EgressBytesPerNs => _topology.Egress;

    /// <summary>Receiving capacity of each node's NIC, bytes per nanosecond.</summary>
    public IReadOnlyList<double> IngressBytesPerNs => _topology.Ingress;

    /// <summary>Number of parameter-server shards simulated (0 in all-reduce mode).</summary>
    public int Shards => _shards;

    /// <summary>The calibrated job the workers replay.</summary>
    public JobModel Model => _model;

    /// <summary>Number of workers.</summary>
    public int Workers => _workers;

    /// <summary>Steps each worker completes before the run ends (its result counts up to here).</summary>
    public int Steps => _steps;

    /// <summary>The run's transfer policy.</summary>
    public ITransferPolicy Policy => _policy;

    /// <summary>Steps worker <paramref name="worker"/> has completed so far.</summary>
    public int StepsDone(int worker) => _stepsDone[worker];

    /// <summary>Schedules an event of the training mode's, which comes back to its <see cref="ITrainingMode.Handle"/>.</summary>
    public void ScheduleModeEvent(long time, in ClusterEvent e)
    {
        if (e.Kind != ClusterEventKind.ModeEvent)
        {
            throw new ArgumentException("A training mode schedules only mode events.", nameof(e));
        }

        Schedule(time, e);
    }

    /// <inheritdoc/>
    protected override bool Stopped => _workersFinished == _options.Workers;

    /// <summary>
    /// Goes on with a finished run until every worker has completed <paramref name="steps"/> steps, and summarises
    /// the whole of it: the same events as a run of that many steps from the start, without simulating the start again
    /// (only <see cref="SimulationResult.RingPayloadBytes"/> misses the chunks sent between the two stops).
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Run"/> has not been called.</exception>
    public SimulationResult Continue(int steps)
    {
        if (!Stopped)
        {
            throw new InvalidOperationException("Only a run that has reached its steps can be continued.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(steps, _steps);
        _steps = steps;
        _workersFinished = _stepsDone.Count(d => d >= steps);
        _windowEnd = default;
        Run(long.MaxValue);
        return Summarise();
    }

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
                Finished(e.Worker, e.Task);
                break;
            case ClusterEventKind.MessageReady:
                SendMessage(e.Worker, e.Task);
                break;
            case ClusterEventKind.ModeEvent:
                _mode.Handle(e);
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
        var laneOfTask = _laneOf[t];
        if (laneOfTask >= 0)
        {
            var lane = w * _laneSequential.Length + laneOfTask;
            if (_laneSequential[laneOfTask] && _laneBusy[lane] > 0)
            {
                _laneQueue[lane].Enqueue(t, t); // the trace's start order
            }
            else
            {
                _laneBusy[lane]++;
                StartTimed(w, t);
            }

            return;
        }

        _mode.Ready(w, t);
    }

    /// <summary>Queues worker <paramref name="w"/>'s server op or update <paramref name="t"/> on its shard (for a training mode).</summary>
    public void RunOnServer(int w, int t)
    {
        var shard = _plan!.ShardOfTask[t];
        _serverQueue[shard].Enqueue(w * _tasks + t);
        DispatchServer(shard);
    }

    private void StartTimed(int w, int t)
    {
        _started[w * _tasks + t] = Now;
        var duration = _options.Durations == DurationMode.Median ? _model.MedianDurations[t] : _model.DurationsByStep[t][_profiledStep[w]];
        if (_laneOf[t] >= 0)
        {
            // A worker's own work, slowed down on a straggler.
            duration = (long)Math.Round(duration * _slowdown[w]);
            _workerBusyNs[w] += duration;
        }

        Schedule(Now + duration, new ClusterEvent(ClusterEventKind.TaskDone, w, t));
    }

    // A shard runs up to ServerConcurrency ops at once; an update also holds its parameter's lock, so updates of
    // one parameter from different workers run one after another.
    private void DispatchServer(int shard)
    {
        var queue = _serverQueue[shard];
        while (_serverBusy[shard] < _model.ServerConcurrency && queue.TryDequeue(out var item))
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

            _serverBusy[shard]++;
            StartTimed(item / _tasks, t);
        }
    }

    private void Release(int w, int t)
    {
        var laneOfTask = _laneOf[t];
        if (laneOfTask >= 0)
        {
            var lane = w * _laneSequential.Length + laneOfTask;
            _laneBusy[lane]--;
            if (_laneQueue[lane].TryDequeue(out var next, out _))
            {
                _laneBusy[lane]++;
                StartTimed(w, next);
            }

            return;
        }

        var shard = _plan!.ShardOfTask[t];
        if (_model.Kinds[t] == TaskKind.Update)
        {
            var p = _model.Parameters[t];
            _parameterLocked[p] = false;
            if (_parameterWaiting[p].TryDequeue(out var waiting))
            {
                // The next update of this parameter takes the lock and the slot at once; it may be of another shard's
                // queue only if the parameter moved, which it does not.
                _parameterLocked[p] = true;
                StartTimed(waiting / _tasks, waiting % _tasks);
            }
            else
            {
                _serverBusy[shard]--;
            }
        }
        else
        {
            _serverBusy[shard]--;
        }

        DispatchServer(shard);
    }

    /// <inheritdoc/>
    protected override void OnTimer() => Arrive();

    private void Arrive()
    {
        _arrived.Clear();
        _network.AdvanceTo(Now, _arrived);
        RescheduleNetwork();
        foreach (var tag in _arrived)
        {
            Delivered(tag);
        }

        if (Traffic is not null)
        {
            SampleTraffic();
        }
    }

    private void RescheduleNetwork() =>
        SetTimer(_network.NextCompletion == long.MaxValue ? long.MaxValue : Math.Max(Now, _network.NextCompletion));

    // A task finished its own work (as opposed to completing without any, see Complete).
    private void Finished(int w, int t)
    {
        if (_model.Kinds[t] == TaskKind.Update && _shards > 0)
        {
            _mode.Applied(w, t);
        }

        Complete(w, t);
    }

    /// <summary>Completes worker <paramref name="w"/>'s task <paramref name="t"/> now: its successors may start (for
    /// a training mode, whose tasks complete when it says).</summary>
    public void Complete(int w, int t)
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
        if (done >= _completions[w].Length)
        {
            // A worker ahead of the others goes on past the last step counted; kept, as a run may be continued.
            Array.Resize(ref _completions[w], _completions[w].Length * 2);
        }

        _completions[w][done] = Now;

        if (done == _options.WarmupSteps && ++_workersWarm == _options.Workers)
        {
            _windowStart = Snapshot();
        }

        if (done == _steps)
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
        var nodes = _topology.Nodes;
        var sent = new double[nodes];
        var received = new double[nodes];
        for (var node = 0; node < nodes; node++)
        {
            sent[node] = _network.BytesSent(node);
            received[node] = _network.BytesReceived(node);
        }

        return new WindowSnapshot(Now, sent, received, _workerBusyNs.Sum());
    }

    private void SampleTraffic()
    {
        _network.Observe(Now);
        var (first, count) = _shards > 0 ? (_workers, _shards) : (0, Math.Min(_workers, _options.RecordWorkers));
        for (var node = first; node < first + count; node++)
        {
            Traffic!.Add(new TrafficSample(Now, node, _network.BytesSent(node), _network.BytesReceived(node)));
        }
    }

    private SimulationResult Summarise()
    {
        var perWorker = new double[_options.Workers];
        for (var w = 0; w < _options.Workers; w++)
        {
            var c = _completions[w];
            var span = c[_steps] - c[_options.WarmupSteps];
            perWorker[w] = span > 0 ? (_steps - _options.WarmupSteps) / (span / 1e9) : double.PositiveInfinity;
        }

        // The window in which every worker is past warm-up and none has finished: all contend as in steady state.
        var end = _windowEnd.TimeNs > _windowStart.TimeNs ? _windowEnd : Snapshot();
        var window = Math.Max(1, end.TimeNs - _windowStart.TimeNs);
        double Use(bool send, int node) => send
            ? (end.Sent[node] - _windowStart.Sent[node]) / (_topology.Egress[node] * window)
            : (end.Received[node] - _windowStart.Received[node]) / (_topology.Ingress[node] * window);
        var shardSend = Enumerable.Range(_workers, _shards).Select(n => Use(true, n)).ToArray();
        var shardReceive = Enumerable.Range(_workers, _shards).Select(n => Use(false, n)).ToArray();
        var workerNetwork = Enumerable.Range(0, _workers).Average(n => Math.Max(Use(true, n), Use(false, n)));
        return new SimulationResult(
            Workers: _options.Workers,
            ThroughputStepsPerS: perWorker.Sum(),
            WorkerStepsPerS: perWorker,
            ServerEgressUtilisation: shardSend.DefaultIfEmpty().Max(),
            ServerIngressUtilisation: shardReceive.DefaultIfEmpty().Max(),
            WorkerComputeShare: (end.WorkerBusyNs - _windowStart.WorkerBusyNs) / (double)window / _options.Workers,
            StepsCompleted: _stepsDone.Sum(),
            PayloadBytesSentByServer: _payloadDown,
            PayloadBytesReceivedByServer: _payloadUp,
            SimulatedSeconds: Now / 1e9,
            Events: EventsProcessed,
            MeasuredSeconds: window / 1e9,
            PullBytesPerStep: _model.PullBytesPerStep,
            PushBytesPerStep: _model.PushBytesPerStep)
        {
            ShardEgressUtilisation = shardSend,
            ShardIngressUtilisation = shardReceive,
            WorkerNetworkUtilisation = workerNetwork,
            RingPayloadBytes = _mode.PeerPayloadBytes,
            StepCompletionsNs = [.. _completions.Select(c => c[..(_steps + 1)])],
        };
    }

    private readonly record struct WindowSnapshot(long TimeNs, double[] Sent, double[] Received, long WorkerBusyNs);
}

/// <summary>Cumulative bytes through one NIC at one moment, for utilisation over time.</summary>
/// <param name="TimeNs">Simulated time.</param>
/// <param name="Node">The node (workers 0..N−1, then the shards).</param>
/// <param name="BytesSent">Bytes the node has sent so far.</param>
/// <param name="BytesReceived">Bytes the node has received so far.</param>
public readonly record struct TrafficSample(long TimeNs, int Node, double BytesSent, double BytesReceived);

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
    long PushBytesPerStep)
{
    /// <summary>Share of each parameter-server shard's sending capacity used in the steady-state window.</summary>
    public double[] ShardEgressUtilisation { get; init; } = [];

    /// <summary>Share of each shard's receiving capacity used in that window.</summary>
    public double[] ShardIngressUtilisation { get; init; } = [];

    /// <summary>Mean over workers of the busier direction of the worker's NIC in that window.</summary>
    public double WorkerNetworkUtilisation { get; init; }

    /// <summary>All-reduce chunk bytes the workers sent during their first <see cref="SimulationOptions.Steps"/> steps.</summary>
    public long RingPayloadBytes { get; init; }

    /// <summary>When each worker completed each step: <c>StepCompletionsNs[worker][k]</c> for k = 1..Steps (index 0 unused).</summary>
    public long[][] StepCompletionsNs { get; init; } = [];
}
