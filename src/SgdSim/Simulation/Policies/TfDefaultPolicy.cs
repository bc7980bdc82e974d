namespace SgdSim.Simulation.Policies;

/// <summary>No order: each read is answered at a random place among those waiting (what TicTac found TensorFlow's gRPC
/// transfers to do). The draws come from the run's generator.</summary>
public sealed class TfDefaultPolicy(Random random) : IssueOrderPolicy
{
    /// <inheritdoc/>
    public override long PullPriority(int worker, int task, int profiledStep) => random.Next();
}
