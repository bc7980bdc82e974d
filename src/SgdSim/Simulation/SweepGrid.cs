namespace SgdSim.Simulation;

/// <summary>One point of a sweep: a worker count, a link rate and the cluster setup to simulate it with.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="BandwidthBitsPerS">Nominal NIC rate of every node, or null for the rate calibrated from the trace.</param>
/// <param name="Shards">Parameter-server shards.</param>
/// <param name="Placement">How parameters go to the shards.</param>
/// <param name="Policy">Order of waiting transfers.</param>
/// <param name="Mode">How the workers' updates are combined.</param>
public readonly record struct SweepConfiguration(
    int Workers,
    double? BandwidthBitsPerS,
    int Shards,
    ShardPlacement Placement,
    TransmissionPolicy Policy,
    TrainingMode Mode) : IComparable<SweepConfiguration>
{
    /// <summary>
    /// The canonical order of a sweep's rows: by worker count, then link rate (the calibrated one first), shards,
    /// placement, policy and mode (each in the order of its enumeration; stale-synchronous by its bound). It depends
    /// on the values only, so every shard of a sweep, a resumed run and a merge agree on it.
    /// </summary>
    public int CompareTo(SweepConfiguration other)
    {
        var c = Workers.CompareTo(other.Workers);
        if (c == 0) c = Nullable.Compare(BandwidthBitsPerS, other.BandwidthBitsPerS);
        if (c == 0) c = Shards.CompareTo(other.Shards);
        if (c == 0) c = Placement.CompareTo(other.Placement);
        if (c == 0) c = Policy.CompareTo(other.Policy);
        if (c == 0) c = Mode.Kind.CompareTo(other.Mode.Kind);
        return c != 0 ? c : Mode.Staleness.CompareTo(other.Mode.Staleness);
    }

    /// <summary>The scenario of this point: <paramref name="fixedPart"/> with this point's shards, placement, policy and mode.</summary>
    public Scenario ScenarioFrom(Scenario fixedPart)
    {
        ArgumentNullException.ThrowIfNull(fixedPart);
        return fixedPart with { Shards = Shards, Placement = Placement, Policy = Policy, Mode = Mode };
    }

    /// <summary>The point as people write it, e.g. <c>8 workers, 10 Gbit/s, 2 PS (round-robin), fifo, async</c>.</summary>
    public override string ToString() =>
        $"{Counts.Of(Workers, "worker")}, {(BandwidthBitsPerS is { } b ? Calibration.Bandwidth.Format(b) : "calibrated link")}, {Shards} PS ({Scenario.NameOf(Placement)}), {Scenario.NameOf(Policy)}, {Mode}";
}

/// <summary>
/// The points of a sweep: the cartesian product of its axes, each a list of values, in canonical order (see
/// <see cref="SweepConfiguration.CompareTo"/>), a value given twice counted once.
/// </summary>
/// <param name="Workers">Worker counts.</param>
/// <param name="BandwidthBitsPerS">Link rates; a null entry is the calibrated rate.</param>
/// <param name="Shards">Parameter-server shard counts.</param>
/// <param name="Placements">Shard placements.</param>
/// <param name="Policies">Transmission policies.</param>
/// <param name="Modes">Training modes.</param>
public sealed record SweepGrid(
    IReadOnlyList<int> Workers,
    IReadOnlyList<double?> BandwidthBitsPerS,
    IReadOnlyList<int> Shards,
    IReadOnlyList<ShardPlacement> Placements,
    IReadOnlyList<TransmissionPolicy> Policies,
    IReadOnlyList<TrainingMode> Modes)
{
    /// <summary>Every point of the grid, in canonical order.</summary>
    public IReadOnlyList<SweepConfiguration> Configurations()
    {
        var points = new SortedSet<SweepConfiguration>();
        foreach (var n in Workers)
            foreach (var bandwidth in BandwidthBitsPerS)
                foreach (var shards in Shards)
                    foreach (var placement in Placements)
                        foreach (var policy in Policies)
                            foreach (var mode in Modes)
                            {
                                points.Add(new SweepConfiguration(n, bandwidth, shards, placement, policy, mode));
                            }

        return [.. points];
    }

    /// <summary>
    /// Shard <paramref name="index"/> (1-based) of <paramref name="count"/>: the points whose position k (0-based)
    /// in canonical order has k mod <paramref name="count"/> = <paramref name="index"/> − 1. Dealing the points
    /// out in turn gives every shard nearly the same mix of small and large worker counts, so shards take about
    /// as long as each other.
    /// </summary>
    public IReadOnlyList<SweepConfiguration> Shard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        return [.. Configurations().Where((_, k) => k % count == index - 1)];
    }
}
