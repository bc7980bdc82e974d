using System.CommandLine;

namespace SgdSim.Cli;

/// <summary>
/// Tab completion through dotnet-suggest: the shell's shim runs <c>sgdsim [suggest:POSITION] "COMMAND LINE"</c> and
/// offers the lines printed, one completion each (the protocol of System.CommandLine's <c>SuggestDirective</c>, which
/// only a <c>RootCommand</c> carries; ours is a plain command so that help says <c>sgdsim</c> whatever runs it).
/// </summary>
internal static class Completions
{
    private const string Directive = "[suggest";

    /// <summary>Whether <paramref name="args"/> ask for completions: <c>[suggest]</c> or <c>[suggest:N]</c> first.</summary>
    public static bool IsRequest(string[] args) =>
        args is [var first, ..] && first.StartsWith(Directive, StringComparison.Ordinal) && first.EndsWith(']')
        && (first.Length == Directive.Length + 1 || first[Directive.Length] == ':');

    /// <summary>Prints the completions of the command line in <paramref name="args"/> at its position (default: its end).</summary>
    public static int Answer(Command root, string[] args, TextWriter stdout)
    {
        var line = string.Join(' ', args.Skip(1));
        var position = args[0].Length > Directive.Length + 1 && int.TryParse(args[0][(Directive.Length + 1)..^1], out var p)
            ? Math.Clamp(p, 0, line.Length)
            : line.Length;
        foreach (var label in root.Parse(line).GetCompletions(position).Select(c => c.Label).Distinct())
        {
            stdout.WriteLine(label);
        }

        return ExitCodes.Ok;
    }
}
