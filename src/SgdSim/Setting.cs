using System.Globalization;

namespace SgdSim;

/// <summary>
/// A choice a caller of the library makes that a refusal may name (the folder to write to, the column to split a plot
/// by): the library names it in its own words (<see cref="Settings.Describe"/>), and a front end that calls it
/// something else (a command line's flags) renders the same refusal in its own words.
/// </summary>
public enum Setting
{
    /// <summary>The folder results are written to.</summary>
    OutputFolder,

    /// <summary>The column of a table whose values make the lines of a plot.</summary>
    Series,

    /// <summary>A filter keeping the rows of a table whose column has a value.</summary>
    RowFilter,

    /// <summary>The folder a profiler server writes its profile to.</summary>
    ProfileFolder,

    /// <summary>How long a profiler server is given to write its profile.</summary>
    WriteGrace,

    /// <summary>The worker counts to predict or compare.</summary>
    WorkerCounts,

    /// <summary>How flows share a NIC (per connection, or by TCP's unequal shares).</summary>
    Sharing,

    /// <summary>How unequal TCP's shares of flows that send or receive together are.</summary>
    ShareSpread,

    /// <summary>The shares of a NIC's capacity a direction keeps while the other direction queues.</summary>
    ReverseQueueing,

    /// <summary>The explanation of every calibrated value, printed beside a prediction.</summary>
    CalibrationExplanation,
}

/// <summary>An error whose message names settings, which a front end can have named in its own words.</summary>
public interface INamesSettings
{
    /// <summary>The message with every setting it names named by <paramref name="nameOf"/>.</summary>
    string MessageNaming(Func<Setting, string> nameOf);
}

/// <summary>The library's own words for each <see cref="Setting"/>, and refusals worded with someone else's.</summary>
public static class Settings
{
    /// <summary>The library's name for <paramref name="setting"/>.</summary>
    public static string Describe(Setting setting) => setting switch
    {
        Setting.OutputFolder => "output folder",
        Setting.Series => "series column",
        Setting.RowFilter => "row filter",
        Setting.ProfileFolder => "profile folder",
        Setting.WriteGrace => "write grace period",
        Setting.WorkerCounts => "worker counts",
        Setting.Sharing => "sharing model",
        Setting.ShareSpread => "share spread",
        Setting.ReverseQueueing => "reverse queueing",
        Setting.CalibrationExplanation => "calibration explanation",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    /// <summary><paramref name="text"/> with every <see cref="Setting"/> it holds named by <paramref name="nameOf"/>,
    /// and every other value formatted in the invariant culture.</summary>
    public static string Format(FormattableString text, Func<Setting, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(nameOf);
        var arguments = text.GetArguments().Select(a => a is Setting s ? nameOf(s) : a).ToArray();
        return string.Format(CultureInfo.InvariantCulture, text.Format, arguments);
    }
}

/// <summary>
/// A value given for a <see cref="Setting"/> is not usable (an output folder that cannot be made). The message names the
/// setting in the library's words; <see cref="Setting"/>, <see cref="Value"/> and <see cref="Problem"/> let a front end
/// say the same with its own name for the setting.
/// </summary>
public sealed class InvalidSettingException : Exception, INamesSettings
{
    /// <summary>Creates the exception.</summary>
    /// <param name="setting">The setting at fault.</param>
    /// <param name="value">The value given, as given; null where the problem is not with one value.</param>
    /// <param name="problem">What is wrong with it, without the setting's name.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InvalidSettingException(Setting setting, string? value, string problem, Exception? inner = null)
        : base(Compose(Settings.Describe(setting), value, problem), inner)
    {
        Setting = setting;
        Value = value;
        Problem = problem;
    }

    /// <summary>The setting at fault.</summary>
    public Setting Setting { get; }

    /// <summary>The value given.</summary>
    public string? Value { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }

    /// <inheritdoc/>
    public string MessageNaming(Func<Setting, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        return Compose(nameOf(Setting), Value, Problem);
    }

    private static string Compose(string name, string? value, string problem) => value is null ? $"{name}: {problem}" : $"{name} {value}: {problem}";
}
