namespace SgdSim.Simulation.Policies;

/// <summary>
/// The order in which senders put waiting transfers on the wire, and whether tensors go whole or in slices. One
/// instance serves one run (it may keep counters); the cluster asks it once per transfer, so an implementation
/// allocates nothing there.
/// </summary>
/// <remarks>A priority matters only among the messages waiting on the same connection: lower goes first, ties in the
/// order they were sent.</remarks>
public interface ITransferPolicy
{
    /// <summary>Slice size, bytes: a larger tensor goes as slices of this size that share its priority; 0 sends every
    /// tensor whole.</summary>
    long SliceBytes { get; }

    /// <summary>The priority of the server's answer to worker <paramref name="worker"/>'s read of task
    /// <paramref name="task"/>, whose step replays profiled step <paramref name="profiledStep"/>.</summary>
    long PullPriority(int worker, int task, int profiledStep);

    /// <summary>The priority of worker <paramref name="worker"/>'s gradient of task <paramref name="task"/>.</summary>
    long PushPriority(int worker, int task);

    /// <summary>The priority of an all-reduce chunk of the bucket that holds the gradients of <paramref name="tasks"/>.</summary>
    long ChunkPriority(ReadOnlySpan<int> tasks);
}

/// <summary>What a transfer policy of one run is made from.</summary>
/// <param name="Model">The calibrated job.</param>
/// <param name="Scenario">The run's scenario (its slice size, for one).</param>
/// <param name="Random">The run's one random generator, for a policy that draws: its draws are part of the run's
/// sequence, so the same seed gives the same run.</param>
public sealed record TransferPolicyContext(Calibration.JobModel Model, Scenario Scenario, Random Random);

/// <summary>Makes the transfer policy of one run.</summary>
public delegate ITransferPolicy TransferPolicyFactory(TransferPolicyContext context);
