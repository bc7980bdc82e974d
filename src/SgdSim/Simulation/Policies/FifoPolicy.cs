namespace SgdSim.Simulation.Policies;

/// <summary>First requested, first sent.</summary>
public sealed class FifoPolicy : IssueOrderPolicy
{
    /// <inheritdoc/>
    public override long PullPriority(int worker, int task, int profiledStep) => NextIssue();
}
