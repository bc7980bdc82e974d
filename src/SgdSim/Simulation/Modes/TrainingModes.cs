namespace SgdSim.Simulation.Modes;

/// <summary>
/// The registry of training modes: what <see cref="Scenario.Mode"/> selects. <see cref="SimulationOptions.TrainingMode"/>
/// takes a mode that is not here.
/// </summary>
public static class TrainingModes
{
    /// <summary>Every mode by its kind.</summary>
    public static IReadOnlyDictionary<TrainingModeKind, Func<TrainingMode, Scenario, TrainingModeFactory>> All { get; } =
        new Dictionary<TrainingModeKind, Func<TrainingMode, Scenario, TrainingModeFactory>>
        {
            [TrainingModeKind.Async] = (_, _) => cluster => new AsyncParameterServer(cluster),
            [TrainingModeKind.Sync] = (_, _) => cluster => new SynchronousParameterServer(cluster, staleness: 0, combine: true),
            [TrainingModeKind.StaleSynchronous] = (m, _) => cluster => new SynchronousParameterServer(cluster, m.Staleness, combine: false),
            [TrainingModeKind.AllReduce] = (_, s) => cluster => new RingAllReduce(cluster, s.BucketBytes),
        };

    /// <summary>The factory of the mode <paramref name="scenario"/> names.</summary>
    public static TrainingModeFactory Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return All.TryGetValue(scenario.Mode.Kind, out var make)
            ? make(scenario.Mode, scenario)
            : throw new ArgumentOutOfRangeException(nameof(scenario), scenario.Mode, "No such training mode.");
    }
}
