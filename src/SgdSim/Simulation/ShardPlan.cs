using SgdSim.Calibration;

namespace SgdSim.Simulation;

/// <summary>Which parameter-server shard holds each parameter, and the bytes each shard moves per worker step.</summary>
/// <param name="ShardOfParameter">Shard index of each parameter (index into <see cref="JobModel.ParameterNames"/>).</param>
/// <param name="ShardOfTask">Shard each pull, push, update and server op runs on or talks to; -1 for worker ops.</param>
/// <param name="PullBytes">Bytes each shard sends one worker per step.</param>
/// <param name="PushBytes">Bytes each shard receives from one worker per step.</param>
public sealed record ShardPlan(int[] ShardOfParameter, int[] ShardOfTask, long[] PullBytes, long[] PushBytes)
{
    /// <summary>Number of shards.</summary>
    public int Shards => PullBytes.Length;

    /// <summary>Places the parameters of <paramref name="model"/> on <paramref name="shards"/> shards.</summary>
    public static ShardPlan Assign(JobModel model, int shards, ShardPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var parameters = model.ParameterNames.Length;
        var shardOf = new int[parameters];
        if (placement == ShardPlacement.RoundRobin)
        {
            for (var p = 0; p < parameters; p++)
            {
                shardOf[p] = p % shards;
            }
        }
        else
        {
            // Largest first onto the least loaded shard (ties: lower parameter index, lower shard index) —
            // the classic greedy balance, within 4/3 of the best possible largest load.
            var load = new long[shards];
            foreach (var p in Enumerable.Range(0, parameters).OrderByDescending(p => model.ParameterBytes[p]).ThenBy(p => p))
            {
                var target = 0;
                for (var k = 1; k < shards; k++)
                {
                    if (load[k] < load[target])
                    {
                        target = k;
                    }
                }

                shardOf[p] = target;
                load[target] += model.ParameterBytes[p];
            }
        }

        var predecessors = model.PredecessorLists();
        var shardOfTask = new int[model.TaskCount];
        var pull = new long[shards];
        var push = new long[shards];
        for (var t = 0; t < model.TaskCount; t++)
        {
            shardOfTask[t] = model.Kinds[t] switch
            {
                TaskKind.WorkerOp => -1,
                TaskKind.ServerOp => ShardOfServerOp(model, predecessors, shardOf, t),
                _ => model.Parameters[t] >= 0 ? shardOf[model.Parameters[t]] : 0,
            };
            if (model.Kinds[t] == TaskKind.Pull)
            {
                pull[shardOfTask[t]] += model.Bytes[t];
            }
            else if (model.Kinds[t] == TaskKind.Push)
            {
                push[shardOfTask[t]] += model.Bytes[t];
            }
        }

        return new ShardPlan(shardOf, shardOfTask, pull, push);
    }

    // A server op with no parameter of its own (serving a read, a bookkeeping op) runs on the shard of the nearest
    // transfer or update it feeds or follows; one that touches none runs on shard 0.
    private static int ShardOfServerOp(JobModel model, List<int>[] predecessors, int[] shardOf, int task)
    {
        var seen = new HashSet<int> { task };
        var queue = new Queue<int>();
        queue.Enqueue(task);
        while (queue.TryDequeue(out var t))
        {
            if (model.Parameters[t] >= 0)
            {
                return shardOf[model.Parameters[t]];
            }

            for (var s = model.SuccessorStart[t]; s < model.SuccessorStart[t + 1]; s++)
            {
                Visit(model.Successors[s]);
            }

            foreach (var p in predecessors[t])
            {
                Visit(p);
            }
        }

        return 0;

        void Visit(int next)
        {
            // Stay among the server's tasks and the transfers: a worker op joins unrelated parameters.
            if (model.Kinds[next] != TaskKind.WorkerOp && seen.Add(next))
            {
                queue.Enqueue(next);
            }
        }
    }
}
