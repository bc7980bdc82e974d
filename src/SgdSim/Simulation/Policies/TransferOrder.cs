using SgdSim.Calibration;

namespace SgdSim.Simulation.Policies;

/// <summary>
/// The transfer orders that follow from a step's structure or its measured timing: for every parameter a rank (0 =
/// send first), used to prioritise its pulls and, under P3, its gradients too.
/// </summary>
public static class TransferOrder
{
    /// <summary>
    /// TicTac's timing-independent order (TIC). For each worker op, count the pulls it depends on, directly or
    /// through other tasks; a pull's key is the smallest such count among the worker ops that need it, so a
    /// parameter that unblocks an op needing few others goes first. Ties go to the pull whose first consumer comes
    /// earlier in a topological order of the step (then to the lower task index). Parameters no worker op needs go last.
    /// </summary>
    /// <returns>A rank per parameter (index into <see cref="JobModel.ParameterNames"/>).</returns>
    public static int[] TimingIndependent(JobModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var order = TopologicalOrder(model);
        var position = new int[model.TaskCount];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        var pulls = Enumerable.Range(0, model.TaskCount).Where(t => model.Kinds[t] == TaskKind.Pull).ToArray();
        var pullBit = new int[model.TaskCount];
        Array.Fill(pullBit, -1);
        for (var i = 0; i < pulls.Length; i++)
        {
            pullBit[pulls[i]] = i;
        }

        // The set of pulls each task depends on, as a bit set, filled in topological order.
        var words = (pulls.Length + 63) / 64;
        var depends = new ulong[model.TaskCount * words];
        var predecessors = model.PredecessorLists();
        foreach (var t in order)
        {
            var mine = depends.AsSpan(t * words, words);
            foreach (var p in predecessors[t])
            {
                var theirs = depends.AsSpan(p * words, words);
                for (var k = 0; k < words; k++)
                {
                    mine[k] |= theirs[k];
                }
            }

            if (pullBit[t] >= 0)
            {
                mine[pullBit[t] / 64] |= 1UL << (pullBit[t] % 64);
            }
        }

        var best = pulls.Select(_ => (Count: int.MaxValue, Position: int.MaxValue)).ToArray();
        foreach (var t in order)
        {
            if (model.Kinds[t] != TaskKind.WorkerOp)
            {
                continue;
            }

            var set = depends.AsSpan(t * words, words);
            var count = 0;
            foreach (var word in set)
            {
                count += System.Numerics.BitOperations.PopCount(word);
            }

            for (var i = 0; i < pulls.Length; i++)
            {
                if ((set[i / 64] & (1UL << (i % 64))) != 0 && (count, position[t]).CompareTo(best[i]) < 0)
                {
                    best[i] = (count, position[t]);
                }
            }
        }

        return Rank(model, pulls, i => (best[i].Count, best[i].Position, pulls[i]));
    }

    /// <summary>
    /// The timing-aware order (TicTac's TAC, as measured): a pull's key is the median time, after its step began, at
    /// which the trace shows the first worker op that depends on it starting. Parameters no worker op needs go last.
    /// </summary>
    /// <returns>A rank per parameter (index into <see cref="JobModel.ParameterNames"/>).</returns>
    public static int[] TimingAware(JobModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var pulls = Enumerable.Range(0, model.TaskCount).Where(t => model.Kinds[t] == TaskKind.Pull).ToArray();
        var firstUse = new long[pulls.Length];
        for (var i = 0; i < pulls.Length; i++)
        {
            firstUse[i] = FirstWorkerOpStart(model, pulls[i]);
        }

        return Rank(model, pulls, i => (firstUse[i], 0L, pulls[i]));
    }

    // The earliest measured start among the worker ops reachable from a task.
    private static long FirstWorkerOpStart(JobModel model, int from)
    {
        var earliest = long.MaxValue;
        var seen = new HashSet<int> { from };
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.TryPop(out var t))
        {
            for (var s = model.SuccessorStart[t]; s < model.SuccessorStart[t + 1]; s++)
            {
                var next = model.Successors[s];
                if (!seen.Add(next))
                {
                    continue;
                }

                if (model.Kinds[next] == TaskKind.WorkerOp)
                {
                    // A worker op's own successors start later than it does, so the search stops here.
                    earliest = Math.Min(earliest, model.MedianStartNs[next]);
                }
                else
                {
                    stack.Push(next);
                }
            }
        }

        return earliest;
    }

    private static int[] Rank<TKey>(JobModel model, int[] pulls, Func<int, TKey> key)
        where TKey : IComparable<TKey>
    {
        var ranks = new int[model.ParameterNames.Length];
        Array.Fill(ranks, int.MaxValue);
        var next = 0;
        foreach (var i in Enumerable.Range(0, pulls.Length).OrderBy(key))
        {
            var p = model.Parameters[pulls[i]];
            if (p >= 0 && ranks[p] == int.MaxValue)
            {
                ranks[p] = next++;
            }
        }

        // Parameters never pulled (only pushed) keep their order after the pulled ones.
        for (var p = 0; p < ranks.Length; p++)
        {
            if (ranks[p] == int.MaxValue)
            {
                ranks[p] = next++;
            }
        }

        return ranks;
    }

    private static int[] TopologicalOrder(JobModel model)
    {
        var left = (int[])model.PredecessorCounts.Clone();
        var ready = new PriorityQueue<int, int>();
        for (var t = 0; t < model.TaskCount; t++)
        {
            if (left[t] == 0)
            {
                ready.Enqueue(t, t);
            }
        }

        var order = new List<int>(model.TaskCount);
        while (ready.TryDequeue(out var t, out _))
        {
            order.Add(t);
            for (var s = model.SuccessorStart[t]; s < model.SuccessorStart[t + 1]; s++)
            {
                var next = model.Successors[s];
                if (--left[next] == 0)
                {
                    ready.Enqueue(next, next);
                }
            }
        }

        return [.. order];
    }
}
