namespace SgdSim.Simulation.Policies;

/// <summary>
/// P3: tensors cut into slices that share the tensor's priority, reads and gradients alike in the timing-independent
/// order (the layers the next forward pass needs first), so an urgent tensor overtakes a less urgent one between two
/// slices.
/// </summary>
/// <param name="model">The calibrated job.</param>
/// <param name="sliceBytes">The slice size, bytes.</param>
public sealed class P3Policy(Calibration.JobModel model, long sliceBytes) : RankedPolicy(model, TransferOrder.TimingIndependent(model))
{
    /// <inheritdoc/>
    public override long SliceBytes => sliceBytes;

    /// <inheritdoc/>
    public override long PushPriority(int worker, int task) => RankOf(task);

    /// <inheritdoc/>
    /// <remarks>A bucket goes as urgently as its most urgent gradient.</remarks>
    public override long ChunkPriority(ReadOnlySpan<int> tasks)
    {
        var rank = int.MaxValue;
        foreach (var t in tasks)
        {
            rank = Math.Min(rank, RankOf(t));
        }

        return rank;
    }
}
