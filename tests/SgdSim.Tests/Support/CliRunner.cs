using SgdSim.Cli;
using SgdSim.Cli.Output;

namespace SgdSim.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>No terminal: no width, colour allowed (whatever COLUMNS or NO_COLOR the test run has).</summary>
    public static Terminal NoTerminal { get; } = new(null, null, false);

    public static Result Run(params string[] args) => RunIn(NoTerminal, args);

    /// <summary>Runs the command line as if <paramref name="terminal"/> described the terminal.</summary>
    public static Result RunIn(Terminal terminal, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SgdSimCli.RunAsync(args, stdout, stderr, terminal).GetAwaiter().GetResult();
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
