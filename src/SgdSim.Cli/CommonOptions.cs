using System.CommandLine;
using System.Text.RegularExpressions;
using SgdSim.Cli.Output;
using SgdSim.Reports;
using SgdSim.Simulation.Engine;
using SgdSim.Traces;

namespace SgdSim.Cli;

/// <summary>Process exit codes: 0 ok, 1 failure, 2 bad input, 130 cancelled, 143 stopped by SIGTERM.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug or an I/O error).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: arguments, files or their contents.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM (a scheduler cancelling, requeuing or preempting the job): 128 + 15, as for a
    /// process the signal ends, after the command has stopped as it does for Ctrl+C.</summary>
    public const int Terminated = 143;
}

/// <summary>Options and arguments several commands share, and the error handling every command uses.</summary>
internal static partial class CommonOptions
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show stack traces on errors.",
        Recursive = true,
    };

    public static readonly Option<bool> Plain = new("--plain")
    {
        Description = "Tables as plain columns of text, also on a terminal (no borders or bold).",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "No progress bars or spinners on stderr.",
        Recursive = true,
    };

    public static Argument<string> TraceArgument() => new("trace")
    {
        Description = "A trace file, or a folder of per-step trace files (format detected from content).",
    };

    public static Option<string?> TensorBytes() => new("--tensor-bytes")
    {
        Description = "CSV 'tensor,bytes' giving transfer sizes for formats that drop them (TF timeline JSON).",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of text." };

    public static Option<int?> Batch()
    {
        var batch = new Option<int?>("--batch") { Description = "Samples per worker step; adds samples/s to the output." };
        OptionParsing.AtLeast(batch, 1);
        return batch;
    }

    /// <summary>Reads a trace and, unless told otherwise, requires it to show a parameter-server job, as every
    /// command that models scaling out needs; <c>inspect</c> shows any trace.</summary>
    public static Trace ReadTrace(string path, string? tensorBytes, bool requireParameterServerJob = true)
    {
        // Large traces take seconds to import: a spinner on a terminal says what is happening.
        var trace = CliConsole.Current.Status($"Reading {path}", () => TraceReader.Read(path, new TraceReadOptions(tensorBytes)));
        if (requireParameterServerJob)
        {
            TraceRequirements.RequireParameterServerJob(trace);
        }

        return trace;
    }

    /// <summary>Runs a command body, turning bad input into one line on stderr and exit code 2.</summary>
    public static int Guard(ParseResult parse, TextWriter stderr, Func<int> body)
    {
        var verbose = parse.GetValue(Verbose);
        try
        {
            return body();
        }
        catch (Exception e) when (e is InvalidInputException or InvalidSettingException or UsageException or SimulationLimitException or IOException or UnauthorizedAccessException)
        {
            // Bad input: the message already names the file or argument and what is wrong with it; the library names
            // settings in its own words, which become the flags that set them here.
            stderr.WriteLine($"sgdsim: {OneLine(CliMessage(e))}");
            if (verbose) stderr.WriteLine(e);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("sgdsim: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"sgdsim: internal error: {OneLine(e.Message)} (run with --verbose for details)");
            if (verbose) stderr.WriteLine(e);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The message of a refusal, with the settings it names as the flags that set them.</summary>
    private static string CliMessage(Exception e) => e is INamesSettings named ? named.MessageNaming(FlagOf) : e.Message;

    /// <summary>The flag that sets a <see cref="Setting"/> of the library.</summary>
    public static string FlagOf(Setting setting) => setting switch
    {
        Setting.OutputFolder => "--out",
        Setting.Series => "--series",
        Setting.RowFilter => "--where",
        Setting.ProfileFolder => "--logdir",
        Setting.WriteGrace => "--grace-ms",
        Setting.WorkerCounts => "--workers",
        Setting.Sharing => "--sharing",
        Setting.ShareSpread => "--share-spread",
        Setting.ReverseQueueing => "--reverse-queueing",
        Setting.CalibrationExplanation => "--explain",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    /// <summary><paramref name="message"/> on one line: each line break, with the indentation after it, becomes a
    /// space. What a refusal quotes is not always ours (a server's status, a token typed with a newline in it), and a
    /// refusal is one line whatever it quotes.</summary>
    public static string OneLine(string message) => LineBreaks().Replace(message.TrimEnd(), " ");

    [GeneratedRegex(@"[ \t]*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}

/// <summary>An argument value that parses but makes no sense (a step that does not exist, say).</summary>
internal sealed class UsageException(string message) : Exception(message);
