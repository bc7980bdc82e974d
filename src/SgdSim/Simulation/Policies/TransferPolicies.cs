namespace SgdSim.Simulation.Policies;

/// <summary>One transfer policy the simulator has.</summary>
/// <param name="Kind">Its value in <see cref="Scenario.Policy"/>.</param>
/// <param name="Name">Its name on the command line and in reports.</param>
/// <param name="Create">Makes its instance for one run.</param>
public sealed record TransferPolicyEntry(TransmissionPolicy Kind, string Name, TransferPolicyFactory Create);

/// <summary>
/// The registry of transfer policies: what <see cref="Scenario.Policy"/> selects, and the names the command line
/// accepts and reports print. <see cref="SimulationOptions.TransferPolicy"/> takes a policy that is not here.
/// </summary>
public static class TransferPolicies
{
    /// <summary>Every policy, in the order help texts list them.</summary>
    public static IReadOnlyList<TransferPolicyEntry> All { get; } =
    [
        new(TransmissionPolicy.Measured, "measured", c => new MeasuredPolicy(c.Model)),
        new(TransmissionPolicy.TfDefault, "tf-default", c => new TfDefaultPolicy(c.Random)),
        new(TransmissionPolicy.Fifo, "fifo", _ => new FifoPolicy()),
        new(TransmissionPolicy.Tic, "tic", c => new TicPolicy(c.Model)),
        new(TransmissionPolicy.Tac, "tac", c => new TacPolicy(c.Model)),
        new(TransmissionPolicy.P3, "p3", c => new P3Policy(c.Model, c.Scenario.SliceBytes)),
    ];

    /// <summary>The names of every policy, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(p => p.Name)];

    /// <summary>The registered policy <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No policy of that kind is registered.</exception>
    public static TransferPolicyEntry Of(TransmissionPolicy kind) =>
        All.FirstOrDefault(p => p.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such transfer policy.");

    /// <summary>Finds a policy by name (case and surrounding spaces ignored).</summary>
    public static bool TryParse(string text, out TransmissionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entry = All.FirstOrDefault(p => string.Equals(p.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
        policy = entry?.Kind ?? TransmissionPolicy.Measured;
        return entry is not null;
    }
}
