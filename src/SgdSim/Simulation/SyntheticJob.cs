using SgdSim.Calibration;
using SgdSim.Traces;

namespace SgdSim.Simulation;

/// <summary>
/// Turns a recorded simulation into the same trace model the importers produce, so the N-worker job can be written
/// by any trace writer (Chakra, say) and inspected like a profiled one. Step k holds the k-th step of every recorded
/// worker together with the server ops that served it; op names carry the worker (<c>worker1/layer0/Linear</c>).
/// </summary>
public static class SyntheticJob
{
    /// <summary>The format name of a trace built here.</summary>
    public const string FormatName = "sgdsim-simulation";

    /// <summary>Builds the trace of <paramref name="workers"/> recorded workers from <paramref name="spans"/>.</summary>
    public static Trace Build(JobModel model, IReadOnlyList<SimulatedSpan> spans, int workers, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);

        var server = workers;
        var nodes = new List<TraceNode>();
        var devices = new List<TraceDevice>();
        for (var w = 0; w < workers; w++)
        {
            nodes.Add(new TraceNode($"/job:worker/replica:0/task:{w}", NodeRole.Worker, w));
            devices.Add(new TraceDevice($"/job:worker/replica:0/task:{w}/device:CPU:0", w));
        }

        nodes.Add(new TraceNode("/job:ps/replica:0/task:0", NodeRole.ParameterServer, 0));
        devices.Add(new TraceDevice("/job:ps/replica:0/task:0/device:CPU:0", server));

        // Lanes: each worker's own lanes, its receive side; the server's executor and receive side. None is marked
        // sequential: the model's dependencies already hold the lane order the profiled trace showed, and ops of no
        // duration that share a start time would otherwise be chained by name, against their data order.
        var laneCount = model.LaneSequential.Length;
        var lanes = new List<TraceLane>();
        for (var w = 0; w < workers; w++)
        {
            for (var l = 0; l < laneCount; l++)
            {
                lanes.Add(new TraceLane($"thread {l}", w, false));
            }

            lanes.Add(new TraceLane("network receive", w, false));
        }

        var serverExecutor = lanes.Count;
        lanes.Add(new TraceLane("executor", server, false));
        var serverReceive = lanes.Count;
        lanes.Add(new TraceLane("network receive", server, false));

        var predecessors = new List<int>[model.TaskCount];
        for (var t = 0; t < model.TaskCount; t++)
        {
            predecessors[t] = [];
        }

        for (var t = 0; t < model.TaskCount; t++)
        {
            for (var k = model.SuccessorStart[t]; k < model.SuccessorStart[t + 1]; k++)
            {
                predecessors[model.Successors[k]].Add(t);
            }
        }

        var steps = new List<TraceStep>();
        foreach (var group in spans.Where(s => s.Worker < workers).GroupBy(s => s.Step).OrderBy(g => g.Key))
        {
            var ops = new List<TraceOp>();
            foreach (var span in group)
            {
                var t = span.Task;
                var w = span.Worker;
                var kind = model.Kinds[t];
                var p = model.Parameters[t];
                var prefix = $"worker{w}/";
                var onServer = kind is TaskKind.ServerOp or TaskKind.Update;
                ops.Add(new TraceOp
                {
                    Name = prefix + model.Names[t],
                    Type = kind switch
                    {
                        TaskKind.Pull or TaskKind.Push => "RecvTensor",
                        TaskKind.Update => "ApplyGradientDescent",
                        _ => "",
                    },
                    Kind = kind switch
                    {
                        TaskKind.WorkerOp => OpKind.Compute,
                        TaskKind.Pull => OpKind.ParameterTransfer,
                        TaskKind.Push => OpKind.GradientTransfer,
                        TaskKind.Update => OpKind.Update,
                        _ => OpKind.Other,
                    },
                    Node = kind == TaskKind.Push || onServer ? server : w,
                    Device = kind == TaskKind.Push || onServer ? server : w,
                    Lane = kind switch
                    {
                        TaskKind.WorkerOp => (w * (laneCount + 1)) + model.Lanes[t],
                        TaskKind.Pull => (w * (laneCount + 1)) + laneCount,
                        TaskKind.Push => serverReceive,
                        _ => serverExecutor,
                    },
                    StartNs = span.StartNs,
                    EndNs = span.EndNs,
                    Bytes = kind is TaskKind.Pull or TaskKind.Push ? model.Bytes[t] : null,
                    Parameter = p >= 0 ? model.ParameterNames[p] : null,
                    Tensor = p >= 0 && kind is TaskKind.Pull or TaskKind.Push ? model.Names[t] : null,
                    SourceNode = kind switch { TaskKind.Pull => server, TaskKind.Push => w, _ => -1 },
                    DestinationNode = kind switch { TaskKind.Pull => w, TaskKind.Push => server, _ => -1 },
                    Inputs = [.. predecessors[t].Select(q => prefix + model.Names[q])],
                });
            }

            ops.Sort((a, b) => a.StartNs != b.StartNs ? a.StartNs.CompareTo(b.StartNs) : string.CompareOrdinal(a.Name, b.Name));
            steps.Add(new TraceStep(group.Key, ops));
        }

        var parameters = model.ParameterNames.Select((name, p) => new ParameterTensor(
            name,
            model.ParameterBytes[p],
            server,
            Enumerable.Range(0, model.TaskCount).Where(t => model.Kinds[t] == TaskKind.Update && model.Parameters[t] == p)
                .Select(t => model.Names[t]).FirstOrDefault())).ToList();

        return new Trace
        {
            Format = FormatName,
            Source = source,
            Nodes = nodes,
            Devices = devices,
            Lanes = lanes,
            Steps = steps,
            Parameters = parameters,
            Notes = [$"Simulated by SgdSim: {workers} workers and one parameter server; step k holds every worker's k-th step."],
        };
    }
}
