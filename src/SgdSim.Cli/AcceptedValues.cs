using System.CommandLine;
using System.CommandLine.Completions;
using SgdSim.Simulation;

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
        var t when t == typeof(TransmissionPolicy) => [.. Enum.GetValues<TransmissionPolicy>().Select(Scenario.NameOf)],
        var t when t == typeof(ShardPlacement) => [.. Enum.GetValues<ShardPlacement>().Select(Scenario.NameOf)],
        var t when t == typeof(TrainingMode) => ["async", "sync", "ssp:N", "allreduce"],
        _ => [],
    };

    /// <summary>Sets the help name and the completions of every option of <paramref name="command"/> and its
    /// sub-commands whose values are named (<see cref="NamesOf"/>), and shows a default as its name.</summary>
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
            switch (option)
            {
                case Option<TransmissionPolicy> policy:
                    DefaultAsName(policy, Scenario.NameOf);
                    break;
                case Option<ShardPlacement> placement:
                    DefaultAsName(placement, Scenario.NameOf);
                    break;
            }
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

    // Help prints a default with the enum's ToString() ("RoundRobin"), which the parser refuses. A default that is
    // the enum's own default value needs no factory (an option not given reads as it), so the factory goes and the
    // description says the default by its name, as help would.
    private static void DefaultAsName<T>(Option<T> option, Func<T, string> name)
        where T : struct, Enum
    {
        if (option.DefaultValueFactory is not null && option.Description?.Contains("[default:", StringComparison.Ordinal) != true && option.GetDefaultValue() is T value && EqualityComparer<T>.Default.Equals(value, default))
        {
            option.DefaultValueFactory = null;
            option.Description = $"{option.Description} [default: {name(value)}]";
        }
    }

    // T of T, T?, T[] and IReadOnlyList<T>.
    private static Type Element(Type type) =>
        Nullable.GetUnderlyingType(type)
        ?? type.GetElementType()
        ?? (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type);
}
