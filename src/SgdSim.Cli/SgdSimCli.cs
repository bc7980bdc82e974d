using System.CommandLine;
using System.CommandLine.Help;
using SgdSim.Cli.Commands;

namespace SgdSim.Cli;

/// <summary>The <c>sgdsim</c> command line: parsing and console output only; all logic lives in the library.</summary>
public static class SgdSimCli
{
    /// <summary>Runs the command line with the given arguments and writers; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default)
    {
        // A plain command named "sgdsim" rather than RootCommand, whose name is the executable's (SgdSim.Cli under dotnet run).
        var root = new Command(
            "sgdsim",
            "SgdSim predicts how fast distributed SGD training will run on N workers from the trace of one worker and one parameter server.")
        {
            CommonOptions.Verbose,
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(InspectCommand.Create(stdout, stderr));
        root.Subcommands.Add(GraphCommand.Create(stdout, stderr));
        root.Subcommands.Add(PredictCommand.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(CaptureCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(PlotCommand.Create(stdout, stderr));

        // With nothing asked, show what can be asked.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"sgdsim: {parse.Errors[0].Message} (see 'sgdsim --help')");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellation);
    }
}
