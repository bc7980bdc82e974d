using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using SgdSim.Cli.Commands;
using SgdSim.Cli.Output;

namespace SgdSim.Cli;

/// <summary>The <c>sgdsim</c> command line: parsing and console output only; all logic lives in the library.</summary>
public static class SgdSimCli
{
    /// <summary>The <c>sgdsim</c> command and its subcommands, writing to the given writers.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        // A plain command named "sgdsim" rather than RootCommand, whose name is the executable's (SgdSim.Cli under dotnet run).
        var root = new Command("sgdsim", """
            SgdSim predicts how fast distributed SGD training will run on N workers from the trace of one worker and one parameter server.

            Examples:
              sgdsim inspect traces/pytorch-rpc-mlp
              sgdsim predict traces/pytorch-rpc-mlp --workers 1-8 --batch 64
              sgdsim predict traces/pytorch-rpc-mlp --workers 1-8 --mode sync --ps 2 --stragglers 1:2
              sgdsim compare traces/pytorch-rpc-mlp --workers 1-8 --out policies/
              sgdsim sweep traces/pytorch-rpc-mlp --workers 1-64 --mode async,allreduce --out sweep/
              sgdsim plot sweep/sweep.parquet --series mode
              sgdsim validate run/ --measured measured.csv
              sgdsim @predict.rsp                   (arguments from a file, one or more per line)
              sgdsim help predict                   (the same as sgdsim predict --help)
            """)
        {
            CommonOptions.Verbose,
            CommonOptions.Plain,
            CommonOptions.Quiet,
            new HelpOption(),
            new VersionOption { Action = new PrintVersion(stdout) },
        };
        root.Subcommands.Add(InspectCommand.Create(stdout, stderr));
        root.Subcommands.Add(GraphCommand.Create(stdout, stderr));
        root.Subcommands.Add(PredictCommand.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(CompareCommand.Create(stdout, stderr));
        root.Subcommands.Add(CaptureCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(SweepCommand.Create(stdout, stderr));
        root.Subcommands.Add(MergeCommand.Create(stdout, stderr));
        root.Subcommands.Add(PlotCommand.Create(stdout, stderr));
        root.Subcommands.Add(Completions.Command(stdout));
        OptionParsing.Complete(root);
        AcceptedValues.Apply(root);
        return root;
    }

    /// <summary>Runs the command line with the given arguments and writers; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default) =>
        RunAsync(args, stdout, stderr, Terminal.FromEnvironment(), cancellation);

    /// <summary>Runs the command line as <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>
    /// does, with <paramref name="terminal"/> in place of what the environment says of the terminal.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal, CancellationToken cancellation = default)
    {
        var root = Create(stdout, stderr);

        if (Completions.IsRequest(args))
        {
            return Completions.Answer(root, args, stdout);
        }

        // With nothing asked, show what can be asked; "sgdsim help CMD" is "sgdsim CMD --help".
        var parse = root.Parse(args.Length == 0 ? ["--help"] : ParseErrors.RewriteHelp(args), ResponseFiles.Configuration);
        if (ParseErrors.Failed(parse))
        {
            await stderr.WriteLineAsync(CommonOptions.OneLine(ParseErrors.Explain(parse)));
            return ExitCodes.BadInput;
        }

        // Ctrl+C is the caller's to turn into the token (Program does): the library's own handler would end the
        // process after a timeout, possibly in the middle of writing a file.
        // Help goes through a buffer, to show each default as it is typed (AcceptedValues.FixDefaults).
        var help = parse.Action is HelpAction ? new StringWriter() : null;
        var configuration = new InvocationConfiguration
        {
            Output = help ?? stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        CliConsole.MakeCurrent(CliConsole.For(stderr, AsksForJson(parse), cancellation,
            quiet: parse.GetValue(CommonOptions.Quiet), plain: parse.GetValue(CommonOptions.Plain), terminal));
        try
        {
            var code = await parse.InvokeAsync(configuration, cancellation);
            if (help is not null)
            {
                await stdout.WriteAsync(AcceptedValues.FixDefaults(help.ToString(), parse.CommandResult.Command));
            }

            return code;
        }
        finally
        {
            CliConsole.MakeCurrent(null);
        }
    }

    /// <summary>The tool's version: the informational version of this assembly (the package version and commit).</summary>
    public static string Version { get; } =
        typeof(SgdSimCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    // Any command's --json: what it prints is for a program, so no progress goes with it.
    private static bool AsksForJson(ParseResult parse) =>
        parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--json") is Option<bool> json && parse.GetValue(json);

    // VersionOption prints the entry assembly's version, which is not this tool's when it runs inside another host.
    private sealed class PrintVersion(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(Version);
            return ExitCodes.Ok;
        }
    }
}
