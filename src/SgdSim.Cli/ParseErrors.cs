using System.CommandLine;
using System.CommandLine.Parsing;

namespace SgdSim.Cli;

/// <summary>
/// What a command line that does not parse gets told, in one line that names the command: an unknown option or
/// command with the nearest known one ("did you mean '--workers'?"), a command that needs a sub-command with the
/// sub-commands it has, else the parser's own first error.
/// </summary>
internal static class ParseErrors
{
    /// <summary><c>sgdsim help</c> and <c>sgdsim help CMD [SUB]</c> as <c>sgdsim [CMD [SUB]] --help</c>.</summary>
    public static string[] RewriteHelp(string[] args) =>
        args is ["help", .. var rest] ? [.. rest, "--help"] : args;

    /// <summary>Whether <paramref name="parse"/> failed: an error, or a token nothing took (which --help, as in
    /// <c>sgdsim help nothing</c>, would otherwise pass over).</summary>
    public static bool Failed(ParseResult parse) => parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0;

    /// <summary>The one line that explains why <paramref name="parse"/> failed.</summary>
    public static string Explain(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse.CommandResult);
        var help = $"(see '{path} --help')";

        // An error of the tokens themselves (an unreadable response file) comes first: it explains the others.
        if (parse.UnmatchedTokens.Count == 0 && parse.Errors.FirstOrDefault(e => e.SymbolResult is null) is { } tokens)
        {
            return $"sgdsim: {tokens.Message} {help}";
        }

        if (parse.UnmatchedTokens is [var token, ..])
        {
            if (token.StartsWith('-'))
            {
                var options = OptionNames(parse.CommandResult).ToArray();
                return $"sgdsim: unknown option '{token}'{Of(command)}{Suggestion(token, options)} {help}";
            }

            if (command.Subcommands.Count > 0)
            {
                return $"sgdsim: unknown command '{token}'{Of(command)}{Suggestion(token, command.Subcommands.Select(c => c.Name))} (the commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))}; see '{path} --help')";
            }

            return $"sgdsim: unexpected argument '{token}'{Of(command)} {help}";
        }

        if (NeedsSubcommand(command, parse))
        {
            return $"sgdsim: '{path}' needs a sub-command: {string.Join(", ", command.Subcommands.Select(c => c.Name))} {help}";
        }

        return $"sgdsim: {parse.Errors[0].Message} {help}";
    }

    /// <summary>The known name nearest to <paramref name="typed"/>, as "; did you mean 'NAME'?", or nothing when none is near.</summary>
    public static string Suggestion(string typed, IEnumerable<string> known)
    {
        var best = known
            .Distinct()
            .Select(name => (Name: name, Distance: Distance(typed, name)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.TrimStart('-').Length / 3) || IsPrefix(typed, c.Name))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? "" : $"; did you mean '{best.Name}'?";
    }

    // " of predict": the command a token was given to, unless it is sgdsim itself.
    private static string Of(Command command) => command.Parents.Any() ? $" of {command.Name}" : "";

    // A command with sub-commands and no action of its own, given none.
    private static bool NeedsSubcommand(Command command, ParseResult parse) =>
        command.Subcommands.Count > 0 && command.Action is null && parse.UnmatchedTokens.Count == 0;

    // "--work" for "--workers" (at least 3 characters besides the dashes).
    private static bool IsPrefix(string typed, string name) =>
        typed.TrimStart('-').Length >= 3 && name.StartsWith(typed, StringComparison.Ordinal);

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? r = result; r is CommandResult c; r = r.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => r == result || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
                {
                    yield return alias;
                }
            }
        }
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = r.Parent)
        {
            names.Add(c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // Optimal string alignment distance: edits, with a swap of two neighbours as one ("--wokrers").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
