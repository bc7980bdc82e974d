using SgdSim.Calibration;
using SgdSim.Traces;

namespace SgdSim.Simulation;

/// <summary>
/// Turns a recorded simulation into the same trace model the importers produce, so the N-worker job can be written
/// by any trace writer (Chakra, say) and inspected like a profiled one. Step k holds the k-th step of every recorded
/// worker together with the server ops that served it; op names carry the worker (<c>worker1/layer0/Linear</c>).
/// With parameter-server shards each shard is a node; with all-reduce there is no server: each gradient is an
/// <c>ALL_REDUCE</c> collective of its worker, and reads, server ops and updates run on the worker.
/// </summary>
public static class SyntheticJob
{
    /// <summary>The format name of a trace built here.</summary>
    public const string FormatName = "sgdsim-simulation";

    /// <summary>Builds the trace of <paramref name="workers"/> recorded workers from <paramref name="spans"/> of a run of
    /// <paramref name="scenario"/> (null: the profiled setup).</summary>
    public static Trace Build(JobModel model, IReadOnlyList<SimulatedSpan> spans, int workers, string source, Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);

        var setup = scenario ?? Scenario.Default;
        var plan = setup.Mode.HasServer ? ShardPlan.Assign(model, setup.Shards, setup.Placement) : null;
        var shards = plan?.Shards ?? 0;
        var nodes = new List<TraceNode>();
        var devices = new List<TraceDevice>();
        for (var w = 0; w < workers; w++)
        {
            nodes.Add(new TraceNode($"/job:worker/replica:0/task:{w}", NodeRole.Worker, w));
            devices.Add(new TraceDevice($"/job:worker/replica:0/task:{w}/device:CPU:0", w));
        }

        for (var k = 0; k < shards; k++)
        {
            nodes.Add(new TraceNode($"/job:ps/replica:0/task:{k}", NodeRole.ParameterServer, k));
            devices.Add(new TraceDevice($"/job:ps/replica:0/task:{k}/device:CPU:0", workers + k));
        }

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

        var serverLanes = lanes.Count;
        for (var k = 0; k < shards; k++)
        {
            lanes.Add(new TraceLane("executor", workers + k, false));
            lanes.Add(new TraceLane("network receive", workers + k, false));
        }

        var predecessors = model.PredecessorLists();

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
                if (plan is null)
                {
                    ops.Add(OnWorker(model, span, predecessors[t], prefix, laneCount));
                    continue;
                }

                var shard = plan.ShardOfTask[t];
                var server = workers + shard;
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
                        TaskKind.Push => serverLanes + (2 * shard) + 1,
                        _ => serverLanes + (2 * shard),
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
            plan is null ? -1 : workers + plan.ShardOfParameter[p],
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
            Notes = [$"Simulated by SgdSim: {Counts.Of(workers, "worker")}, {setup.Describe()}; step k holds every worker's k-th step."],
        };
    }

    // All-reduce: everything is the worker's own; a gradient is its share of the ring, as a collective.
    private static TraceOp OnWorker(JobModel model, SimulatedSpan span, List<int> predecessors, string prefix, int laneCount)
    {
        var t = span.Task;
        var kind = model.Kinds[t];
        var p = model.Parameters[t];
        var lane = span.Worker * (laneCount + 1);
        return new TraceOp
        {
            Name = prefix + model.Names[t],
            Type = kind switch { TaskKind.Push => "ALL_REDUCE", TaskKind.Update => "ApplyGradientDescent", _ => "" },
            Kind = kind switch { TaskKind.WorkerOp => OpKind.Compute, TaskKind.Update => OpKind.Update, _ => OpKind.Other },
            Node = span.Worker,
            Device = span.Worker,
            Lane = kind == TaskKind.WorkerOp ? lane + model.Lanes[t] : lane + laneCount,
            StartNs = span.StartNs,
            EndNs = span.EndNs,
            Bytes = kind == TaskKind.Push ? model.Bytes[t] : null,
            Parameter = p >= 0 ? model.ParameterNames[p] : null,
            Tensor = kind == TaskKind.Push ? model.Names[t] : null,
            SourceNode = -1,
            DestinationNode = -1,
            Inputs = [.. predecessors.Select(q => prefix + model.Names[q])],
        };
    }
}
