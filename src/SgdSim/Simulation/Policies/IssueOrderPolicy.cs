namespace SgdSim.Simulation.Policies;

/// <summary>
/// What the built-in policies share: transfers they do not rank go in the order they are issued (one counter for the
/// run), and tensors go whole.
/// </summary>
public abstract class IssueOrderPolicy : ITransferPolicy
{
    private long _issued;

    /// <inheritdoc/>
    public virtual long SliceBytes => 0;

    /// <inheritdoc/>
    public abstract long PullPriority(int worker, int task, int profiledStep);

    /// <inheritdoc/>
    /// <remarks>A worker sends its gradients as they are ready.</remarks>
    public virtual long PushPriority(int worker, int task) => NextIssue();

    /// <inheritdoc/>
    public virtual long ChunkPriority(ReadOnlySpan<int> tasks) => NextIssue();

    /// <summary>The next position in issue order: first come, first served.</summary>
    protected long NextIssue() => _issued++;
}

/// <summary>A policy that ranks parameters (0 = first) and sends their reads in that order.</summary>
/// <param name="model">The calibrated job.</param>
/// <param name="ranks">A rank per parameter (index into <see cref="Calibration.JobModel.ParameterNames"/>).</param>
public abstract class RankedPolicy(Calibration.JobModel model, int[] ranks) : IssueOrderPolicy
{
    /// <inheritdoc/>
    public override long PullPriority(int worker, int task, int profiledStep) => RankOf(task);

    /// <summary>The rank of the parameter task <paramref name="task"/> reads or updates.</summary>
    protected int RankOf(int task) => ranks[model.Parameters[task]];
}
