using System.CommandLine;
using System.Text.RegularExpressions;
using SgdSim.Cli.Output;
using SgdSim.IO;
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

    /// <summary>Creates the folder an --out option names (for files written one by one, each atomically, such as a
    /// sweep's table that grows as it runs), or says in one line why it cannot.</summary>
    public static void CreateOutputFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UsageException($"--out {folder}: cannot create the folder ({e.Message.TrimEnd('.')}).");
        }
    }

    /// <summary>
    /// Starts writing into the folder an --out option names (see <see cref="StagedFolder"/>: nothing shows there until
    /// <see cref="StagedFolder.Commit"/>), or says in one line why the folder cannot be made.
    /// </summary>
    public static StagedFolder StageOutputFolder(string folder)
    {
        try
        {
            return StagedFolder.Begin(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UsageException($"--out {folder}: cannot create the folder ({e.Message.TrimEnd('.')}).");
        }
    }

    /// <summary>The last two parts of a path (<c>cnn-b64-1gbit/trace</c>): enough to tell traces apart in a title.</summary>
    public static string ShortName(string path)
    {
        var parts = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar);
        return string.Join('/', parts[^Math.Min(2, parts.Length)..]);
    }

    /// <summary>Runs a command body, turning bad input into one line on stderr and exit code 2.</summary>
    public static int Guard(ParseResult parse, TextWriter stderr, Func<int> body)
    {
        var verbose = parse.GetValue(Verbose);
        try
        {
            return body();
        }
        catch (Exception e) when (e is InvalidInputException or UsageException or SimulationLimitException or IOException or UnauthorizedAccessException)
        {
            // Bad input: the message already names the file or argument and what is wrong with it.
            stderr.WriteLine($"sgdsim: {OneLine(e.Message)}");
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

    /// <summary><paramref name="message"/> on one line: each line break, with the indentation after it, becomes a
    /// space. What a refusal quotes is not always ours (a server's status, a token typed with a newline in it), and a
    /// refusal is one line whatever it quotes.</summary>
    public static string OneLine(string message) => LineBreaks().Replace(message.TrimEnd(), " ");

    [GeneratedRegex(@"[ \t]*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}

/// <summary>An argument value that parses but makes no sense (a step that does not exist, say).</summary>
internal sealed class UsageException(string message) : Exception(message);
