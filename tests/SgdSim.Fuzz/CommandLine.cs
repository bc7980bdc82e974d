using System.Text.RegularExpressions;
using SgdSim.Cli;
using SgdSim.Cli.Output;

namespace SgdSim.Fuzz;

/// <summary>
/// The command line as a target: the input's lines are the arguments. Whatever they are, sgdsim exits 0 (help, a
/// version) or 2 with one line on stderr; exit code 1 (an exception that escaped) or a second line is a crash.
/// </summary>
internal static partial class CommandLine
{
    // The arguments run in an empty folder of their own, and none may name anything outside it, so that no
    // mutation reads, writes or connects to anything real: only the parsing and checking of arguments is reached.
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"sgdsim-fuzz-args-{Environment.ProcessId}");

    /// <summary>Runs sgdsim with the lines of the file at <paramref name="path"/> as its arguments.</summary>
    public static void Run(string path)
    {
        var args = File.ReadAllText(path).Split('\n');
        if (args.Length > 64 || args.Any(Escapes))
        {
            return;
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Folder);
        Environment.CurrentDirectory = Folder;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SgdSimCli.RunAsync(args, stdout, stderr, new Terminal(null, null, false)).GetAwaiter().GetResult();
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (code is not (ExitCodes.Ok or ExitCodes.BadInput) || (code == ExitCodes.BadInput && lines.Length != 1))
        {
            throw new ContractViolation($"sgdsim {string.Join(' ', args.Select(a => $"'{a}'"))} exited {code} with: {stderr}");
        }
    }

    // A path that could leave the folder, or capture (which connects to a host). A slash is let through only in a
    // shard ("1/2") and a rate's unit ("1Gbit/s").
    private static bool Escapes(string arg) =>
        (arg.Contains('/', StringComparison.Ordinal) && !SafeSlash().IsMatch(arg)) || arg.Contains('\\', StringComparison.Ordinal) ||
        arg.Contains("..", StringComparison.Ordinal) || arg.Contains('~', StringComparison.Ordinal) || arg.Contains("capture", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(\d+/\d+|[0-9.,eE+-]+ ?[A-Za-z]*/s)$")]
    private static partial Regex SafeSlash();
}
