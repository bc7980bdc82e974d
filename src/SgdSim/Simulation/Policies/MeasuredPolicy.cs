namespace SgdSim.Simulation.Policies;

/// <summary>Each simulated step replays the order in which its profiled step's parameters were answered.</summary>
public sealed class MeasuredPolicy(Calibration.JobModel model) : IssueOrderPolicy
{
    /// <inheritdoc/>
    public override long PullPriority(int worker, int task, int profiledStep) => model.PullRanks[profiledStep][task];
}
