namespace SgdSim.Traces;

/// <summary>Checks that a trace shows what a distributed-training prediction needs.</summary>
public static class TraceRequirements
{
    /// <summary>
    /// Requires a parameter-server job: at least one PS node, one worker and one transfer between them.
    /// A single-device trace (no PS, no network transfers) cannot say anything about scaling out.
    /// </summary>
    /// <exception cref="InvalidTraceException">Something is missing; the message says what was found instead.</exception>
    public static void RequireParameterServerJob(Trace trace)
    {
        if (ParameterServerJobProblem(trace) is { } problem)
        {
            throw new InvalidTraceException(trace.Source, problem);
        }
    }

    /// <summary>What keeps <paramref name="trace"/> from being a parameter-server job (the message
    /// <see cref="RequireParameterServerJob"/> would fail with), or <c>null</c> when it is one.</summary>
    public static string? ParameterServerJobProblem(Trace trace)
    {
        var ps = trace.Nodes.Count(n => n.Role == NodeRole.ParameterServer);
        var workers = trace.Nodes.Count(n => n.Role == NodeRole.Worker);
        var transfers = trace.Steps.Sum(s => s.Ops.Count(o => o.IsTransfer));
        var found = $"found {trace.Nodes.Count} node(s) ({workers} worker, {ps} PS), {trace.Devices.Count} device(s) and {transfers} transfer(s)";
        if (ps == 0)
        {
            return $"shows no parameter server (no /job:ps device): {found}; SgdSim needs the trace of a worker and a PS.";
        }

        if (workers == 0)
        {
            return $"shows no worker (no /job:worker device): {found}.";
        }

        if (transfers == 0)
        {
            return $"shows no transfers between nodes (no RecvTensor records): {found}; was it traced with FULL_TRACE on a distributed job?";
        }

        return null;
    }
}
