using System.Runtime.CompilerServices;
namespace SgdSim.Traces;

/// <summary>
/// Assembles a <see cref="Trace"/> for an importer: registers nodes, devices and lanes once, interns the names
/// that repeat in every step, checks times, merges the duplicate records some profilers emit for one op, and
/// decides which lanes are sequential. Importers know their format; the builder knows the model's rules.
/// </summary>
public sealed class TraceBuilder
{
    private readonly string _format;
    private readonly string _source;
    private readonly List<TraceNode> _nodes = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly List<TraceDevice> _devices = [];
    private readonly Dictionary<string, int> _deviceIndex = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Device, bool Concurrent)> _lanes = [];
    private readonly Dictionary<(int Device, string Name), int> _laneIndex = [];
    private readonly List<ParameterTensor> _parameters = [];
    private readonly Dictionary<string, int> _parameterIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private long _internedChars;
    private readonly List<TraceStep> _steps = [];
    private readonly List<string> _notes = [];
    private List<TraceOp>? _stepOps;
    private Dictionary<(int Device, string Name), int>? _stepNames;
    private readonly Dictionary<(int Device, string Name), int> _namesTable = [];
    private string _stepSource;

    /// <summary>Starts a trace of the given format read from <paramref name="source"/>.</summary>
    public TraceBuilder(string format, string source)
    {
        _format = format;
        _source = source;
        _stepSource = source;
    }

    /// <summary>Number of steps completed so far.</summary>
    public int StepCount => _steps.Count;

    /// <summary>The nodes registered so far.</summary>
    public IReadOnlyList<TraceNode> Nodes => _nodes;

    /// <summary>The devices registered so far.</summary>
    public IReadOnlyList<TraceDevice> Devices => _devices;

    /// <summary>Returns one shared instance per distinct string, so names repeated in every step cost memory once.</summary>
    /// <exception cref="InvalidTraceException">The trace's distinct names come to more than <see cref="TraceLimits.MaxNameChars"/> characters.</exception>
    public string Intern(string value)
    {
        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _internedChars += value.Length;
        if (_internedChars > TraceLimits.MaxNameChars)
        {
            throw new InvalidTraceException(_source,
                $"has more than {TraceLimits.MaxNameChars:N0} characters of distinct names, the most a trace may.");
        }

        _strings.Add(value, value);
        return value;
    }

    /// <summary>Returns the index of the node named <paramref name="name"/>, adding it on first use.</summary>
    public int Node(string name, NodeRole role, int taskIndex)
    {
        if (_nodeIndex.TryGetValue(name, out var index))
        {
            return index;
        }

        index = _nodes.Count;
        _nodes.Add(new TraceNode(Intern(name), role, taskIndex));
        _nodeIndex.Add(_nodes[index].Name, index);
        return index;
    }

    /// <summary>Returns the index of the device named <paramref name="name"/>, adding it on first use.</summary>
    public int Device(string name, int node)
    {
        if (_deviceIndex.TryGetValue(name, out var index))
        {
            return index;
        }

        index = _devices.Count;
        _devices.Add(new TraceDevice(Intern(name), node));
        _deviceIndex.Add(_devices[index].Name, index);
        return index;
    }

    /// <summary>Returns the index of the lane <paramref name="name"/> of a device, adding it on first use.</summary>
    /// <param name="device">The owning device.</param>
    /// <param name="name">The lane's name.</param>
    /// <param name="concurrent">True for lanes whose ops may overlap by nature (network transfers), which are never
    /// sequential even where a short trace happens to show no overlap.</param>
    public int Lane(int device, string name, bool concurrent = false)
    {
        if (_laneIndex.TryGetValue((device, name), out var index))
        {
            return index;
        }

        index = _lanes.Count;
        _lanes.Add((Intern(name), device, concurrent));
        _laneIndex.Add((device, _lanes[index].Name), index);
        return index;
    }

    /// <summary>Records a parameter, or fills in what an earlier record of it lacked.</summary>
    public void Parameter(string name, long? bytes, int serverNode, string? updateOp)
    {
        if (_parameterIndex.TryGetValue(name, out var index))
        {
            var known = _parameters[index];
            if ((known.Bytes is not null || bytes is null) && (known.ServerNode >= 0 || serverNode < 0) &&
                (known.UpdateOp is not null || updateOp is null))
            {
                return;
            }

            _parameters[index] = known with
            {
                Bytes = known.Bytes ?? bytes,
                ServerNode = known.ServerNode >= 0 ? known.ServerNode : serverNode,
                UpdateOp = known.UpdateOp ?? updateOp,
            };
            return;
        }

        _parameterIndex.Add(name, _parameters.Count);
        _parameters.Add(new ParameterTensor(Intern(name), bytes, serverNode, updateOp is null ? null : Intern(updateOp)));
    }

    /// <summary>Adds a sentence to the trace's notes (once).</summary>
    public void Note(string sentence)
    {
        if (!_notes.Contains(sentence))
        {
            _notes.Add(sentence);
        }
    }

    /// <summary>Starts a step; <paramref name="stepSource"/> names the file errors in it are reported against.</summary>
    /// <param name="stepSource">The file of the step, or <c>null</c> for the trace's source.</param>
    /// <param name="expectedOps">How many ops the step will have, if known, so its tables are sized once.</param>
    public void BeginStep(string? stepSource = null, int expectedOps = 0)
    {
        if (_stepOps is not null)
        {
            throw new InvalidOperationException("The previous step was not ended.");
        }

        if (_steps.Count >= TraceLimits.MaxSteps)
        {
            throw TraceLimits.TooManySteps(_source);
        }

        _stepOps = new List<TraceOp>(expectedOps);
        // One table serves every step: steps are much alike in size, and a new one per step is garbage per step.
        _stepNames = _namesTable;
        _stepNames.Clear();
        _stepNames.EnsureCapacity(expectedOps);
        _stepSource = stepSource ?? _source;
    }

    /// <summary>Throws an <see cref="InvalidTraceException"/> against the current step's file.</summary>
    public InvalidTraceException Error(string problem) => new(_stepSource, problem);

    /// <summary>
    /// Adds an op to the current step. A second record of the same op (same device and name, same type), as
    /// profilers write for a GPU op's launch and its kernels, widens the first to cover both; a second record
    /// with another type is a conflict.
    /// </summary>
    public void Op(TraceOp op)
    {
        if (_stepOps is null || _stepNames is null)
        {
            throw new InvalidOperationException("BeginStep was not called.");
        }

        if (op.StartNs < 0)
        {
            throw Error($"op '{op.Name}' in step {_steps.Count} starts at a negative time ({op.StartNs} ns).");
        }

        if (op.EndNs < op.StartNs)
        {
            throw Error($"op '{op.Name}' in step {_steps.Count} has a negative duration ({op.EndNs - op.StartNs} ns).");
        }

        if (op.Bytes < 0)
        {
            throw Error($"transfer '{op.Name}' in step {_steps.Count} has a negative size ({op.Bytes} bytes).");
        }

        if (_stepNames.TryGetValue((op.Device, op.Name), out var existing))
        {
            var first = _stepOps[existing];
            if (first.Type != op.Type)
            {
                throw Error(
                    $"step {_steps.Count} has two different ops named '{op.Name}' on {_devices[op.Device].Name} " +
                    $"(types '{first.Type}' and '{op.Type}').");
            }

            _stepOps[existing] = Widen(first, op);
            return;
        }

        if (_stepOps.Count >= TraceLimits.MaxOpsPerStep)
        {
            throw Error($"step {_steps.Count} holds more than {TraceLimits.MaxOpsPerStep:N0} ops, the most one step may (a step of the largest models holds tens of thousands); profile a step of the job, not a whole run as one step.");
        }

        _stepNames.Add((op.Device, op.Name), _stepOps.Count);
        _stepOps.Add(op);
    }

    /// <summary>Ends the current step; a step without ops is dropped with a note.</summary>
    // Runs once per step with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndStep()
    {
        if (_stepOps is null)
        {
            throw new InvalidOperationException("BeginStep was not called.");
        }

        if (_stepOps.Count > 0)
        {
            _stepOps.Sort(static (a, b) =>
            {
                var c = a.StartNs.CompareTo(b.StartNs);
                if (c != 0) return c;
                c = a.Node.CompareTo(b.Node);
                return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            });
            _steps.Add(new TraceStep(_steps.Count, _stepOps));
        }
        else
        {
            Note($"{_stepSource} holds no ops; it was skipped.");
        }

        _stepOps = null;
        _stepNames = null;
    }

    /// <summary>Finishes the trace; fails when it has no step.</summary>
    public Trace Build()
    {
        if (_stepOps is not null)
        {
            throw new InvalidOperationException("The last step was not ended.");
        }

        if (_steps.Count == 0)
        {
            throw new InvalidTraceException(_source, "holds no ops, so no training step could be read.");
        }

        // Steps run one after another: one that starts before the step before it did has its times run backwards (a
        // clock that jumped, files out of order), which would give a negative time between steps.
        for (var i = 1; i < _steps.Count; i++)
        {
            if (_steps[i].StartNs < _steps[i - 1].StartNs)
            {
                throw new InvalidTraceException(_source,
                    $"step {_steps[i].Index} starts {(_steps[i - 1].StartNs - _steps[i].StartNs) / 1e9:0.######} s before step {_steps[i - 1].Index} does: its times run backwards.");
            }
        }

        return new Trace
        {
            Format = _format,
            Source = _source,
            Nodes = _nodes.ToArray(),
            Devices = _devices.ToArray(),
            Lanes = DecideSequential(),
            Steps = _steps.ToArray(),
            Parameters = _parameters.ToArray(),
            Notes = _notes.ToArray(),
        };
    }

    private static TraceOp Widen(TraceOp first, TraceOp second) => new()
    {
        Name = first.Name,
        Type = first.Type,
        // A launch record knows more (inputs, an update's variable) than a kernel record of the same op.
        Kind = first.Kind != OpKind.Other ? first.Kind : second.Kind,
        Node = first.Node,
        Device = first.Device,
        // The later record is the one that ran on the finer lane (a GPU stream rather than the launch thread).
        Lane = second.Lane,
        StartNs = Math.Min(first.StartNs, second.StartNs),
        EndNs = Math.Max(first.EndNs, second.EndNs),
        Bytes = first.Bytes ?? second.Bytes,
        Tensor = first.Tensor ?? second.Tensor,
        Parameter = first.Parameter ?? second.Parameter,
        SourceNode = first.SourceNode,
        DestinationNode = first.DestinationNode,
        Inputs = first.Inputs.Count >= second.Inputs.Count ? first.Inputs : second.Inputs,
    };

    // A lane is sequential when no two of its ops overlap in any step: only then does time order on it say
    // anything about dependencies (TF's timeline `tid`, a PS serving many requests, NIC lanes all overlap).
    // Runs once per step with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TraceLane[] DecideSequential()
    {
        var sequential = new bool[_lanes.Count];
        var lastEnd = new long[_lanes.Count];
        Array.Fill(sequential, true);
        foreach (var step in _steps)
        {
            Array.Fill(lastEnd, long.MinValue);
            foreach (var op in step.Ops)
            {
                // Ops are sorted by start, so an overlap shows as a start before the lane's latest end.
                if (op.StartNs < lastEnd[op.Lane])
                {
                    sequential[op.Lane] = false;
                }

                lastEnd[op.Lane] = Math.Max(lastEnd[op.Lane], op.EndNs);
            }
        }

        var lanes = new TraceLane[_lanes.Count];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = new TraceLane(_lanes[i].Name, _lanes[i].Device, sequential[i] && !_lanes[i].Concurrent);
        }

        return lanes;
    }
}
