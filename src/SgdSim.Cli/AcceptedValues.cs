using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using SgdSim.Simulation;
using SgdSim.Simulation.Network;
using SgdSim.Simulation.Policies;

namespace SgdSim.Cli;

/// <summary>
/// Help and tab completion offer the names the parsers accept (<c>round-robin</c>), not the names of the enums behind
/// them (<c>RoundRobin</c>), for every option of a fixed set of values in every command, lists included:
/// <c>--placement &lt;round-robin|greedy-bytes&gt;</c>, <c>[default: round-robin]</c>, and <c>--policy fifo,t</c>
/// completes to <c>fifo,tac</c>, <c>fifo,tf-default</c> and <c>fifo,tic</c>.
/// </summary>
/// <remarks>Applied once to the whole command tree (<see cref="Apply"/>), so an option added later, in any command,
/// is covered without its command doing anything.</remarks>
internal static class AcceptedValues
{
    /// <summary>The names a value is typed as, in the parsers' order; a name with an upper-case part (<c>ssp:N</c>)
    /// is a pattern, completed with examples.</summary>
    public static IReadOnlyList<string> NamesOf(Type type) => Element(type) switch
    {
        var t when t == typeof(TransmissionPolicy) => [.. TransferPolicies.Names],
        var t when t == typeof(ShardPlacement) => [.. Enum.GetValues<ShardPlacement>().Select(Scenario.NameOf)],
        var t when t == typeof(TrainingMode) => ["async", "sync", "ssp:N", "allreduce"],
        _ => [],
    };

    /// <summary>Sets the help name and the completions of every option of <paramref name="command"/> and its
    /// sub-commands whose values are named (<see cref="NamesOf"/>).</summary>
    public static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            var names = NamesOf(option.ValueType);
            if (names.Count == 0)
            {
                continue;
            }

            option.HelpName = string.Join("|", names);
            option.CompletionSources.Clear();
            var completions = names.SelectMany(n => n == "ssp:N" ? ["ssp:0", "ssp:1", "ssp:2", "ssp:4"] : new[] { n }).ToArray();
            var list = option.ValueType != Element(option.ValueType);
            option.CompletionSources.Add(context => list ? ListItems(context.WordToComplete, completions) : completions);
        }

        foreach (var sub in command.Subcommands)
        {
            Apply(sub);
        }
    }

    // A comma-separated list: the items given so far, then each name not yet among them.
    private static IEnumerable<string> ListItems(string word, string[] names)
    {
        var comma = word.LastIndexOf(',');
        var given = word[..(comma + 1)];
        var taken = given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Where(n => !taken.Contains(n)).Select(n => given + n);
    }

    /// <summary>
    /// <paramref name="help"/>, the help of <paramref name="command"/>, with each default shown as it is typed:
    /// System.CommandLine prints a default with its <c>ToString()</c>, which for an enum is its member's name
    /// (<c>RoundRobin</c>) and for a record its fields (<c>ShareSpread { Send = 0.08, … }</c>), neither of which the
    /// parsers accept.
    /// </summary>
    public static string FixDefaults(string help, Command command)
    {
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            if (!option.HasDefaultValue || option.GetDefaultValue() is not { } value || Typed(value) is not { } typed)
            {
                continue;
            }

            // As System.CommandLine's help shows a default: a list's items joined by '|', else ToString().
            var shown = value is System.Collections.IEnumerable items and not string ? string.Join("|", items.Cast<object>()) : value.ToString() ?? "";
            if (shown.Length == 0 || shown == typed)
            {
                continue;
            }

            // Wrapped help breaks lines at spaces, and inside a word longer than the line: white space may come anywhere.
            var pattern = @"\[default:\s*" + string.Join(@"\s*", shown.Where(c => !char.IsWhiteSpace(c)).Select(c => Regex.Escape(c.ToString()))) + @"\]";
            help = Regex.Replace(help, pattern, $"[default: {typed}]");
        }

        return help;
    }

    // A default as typed on the command line, for the types whose ToString() is not that; null for the others.
    private static string? Typed(object value) => value switch
    {
        TransmissionPolicy policy => Scenario.NameOf(policy),
        ShardPlacement placement => Scenario.NameOf(placement),
        ShareSpread spread => string.Create(CultureInfo.InvariantCulture, $"{spread.Send},{spread.Receive}"),
        ReverseQueueing reverse => string.Join(",", reverse.Shares.Select(v => v.ToString(CultureInfo.InvariantCulture))),
        IEnumerable<TransmissionPolicy> policies => string.Join(",", policies.Select(Scenario.NameOf)),
        IEnumerable<ShardPlacement> placements => string.Join(",", placements.Select(Scenario.NameOf)),
        _ => null,
    };

    // T of T, T?, T[] and IReadOnlyList<T>.
    private static Type Element(Type type) =>
        Nullable.GetUnderlyingType(type)
        ?? type.GetElementType()
        ?? (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type);
}
