using System.Globalization;
using SgdSim.Calibration;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>One setting of the network's behaviour as <c>predict --explain</c> and report.html show it.</summary>
/// <param name="Name">Its name, as its option and the JSON call it (<c>share_spread</c>).</param>
/// <param name="Value">Its value as text (<c>0.08 sending, 0.12 receiving</c>).</param>
/// <param name="IsDefault">Whether it is the measured default rather than a value given on the command line.</param>
/// <param name="Meaning">What it does to the simulation, in one sentence.</param>
public sealed record NetworkSetting(string Name, string Value, bool IsDefault, string Meaning)
{
    /// <summary>Where the value came from, as shown beside it.</summary>
    public string Origin => IsDefault ? "physical default, measured on TCP" : "given";
}

/// <summary>
/// The text that explains a prediction, shared by the terminal (<c>--explain</c>) and report.html so that both say
/// the same: calibrated values in readable units, and the network behaviour the simulation assumes.
/// </summary>
public static class Explanations
{
    /// <summary>The heading of the calibration: where its values come from.</summary>
    public const string CalibrationHeading = "Calibration (from the trace unless marked given)";

    /// <summary>The heading of the network behaviour, with the settings that change it named by <paramref name="nameOf"/>.</summary>
    public static string NetworkHeading(Func<Setting, string> nameOf) =>
        Settings.Format($"Network behaviour (not in a one-worker trace; {Setting.Sharing}, {Setting.ShareSpread} and {Setting.ReverseQueueing} change it)", nameOf);

    /// <summary>A calibrated value in the unit its name ends in: a rate (<c>_bits_per_s</c>) as
    /// <see cref="Bandwidth.Format"/> writes it, a duration (<c>_s</c>) in µs, ms or s, anything else as a number.</summary>
    public static string FormatValue(CalibratedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Name switch
        {
            var n when n.EndsWith("_bits_per_s", StringComparison.Ordinal) => Bandwidth.Format(value.Value),
            var n when n.EndsWith("_s", StringComparison.Ordinal) => Durations.Format(value.Value, "0.###"),
            _ => value.Value.ToString("0.###", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The network behaviour <paramref name="scenario"/> simulates: how connections share a NIC, and how
    /// acknowledgements queue behind data sent the other way.</summary>
    public static IReadOnlyList<NetworkSetting> Network(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var c = CultureInfo.InvariantCulture;
        var shares = scenario.Reverse.Shares;
        return
        [
            new("share_spread", string.Create(c, $"{scenario.Sharing.Send:0.###} sending, {scenario.Sharing.Receive:0.###} receiving"),
                scenario.Sharing == Scenario.DefaultSharing,
                "connections sharing a NIC split it in proportion to log-normal weights of this spread (σ), drawn anew for each busy period of a connection, for the NIC it sends from and the one it sends into"),
            new("reverse_queueing", shares.Count == 0 ? "none" : string.Join(", ", shares.Select(v => v.ToString("0.###", c))),
                shares.SequenceEqual(Scenario.DefaultReverseQueueing.Shares),
                "the share of a node's sending rate left while 2, 3, … (the last for more) connections send into it: the acknowledgements of what it sends queue behind their data"),
        ];
    }
}
