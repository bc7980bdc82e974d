using System.CommandLine;
using System.CommandLine.Parsing;

namespace SgdSim.Cli;

/// <summary>
/// Response files (<c>sgdsim @FILE</c>): the arguments FILE holds, one or more per line (a line starting with <c>#</c> is
/// a comment), where a word <c>@OTHER</c> reads OTHER in its place. Expanded without recursion, so that a file naming
/// itself, or one nesting too deep, is refused in one line instead of overflowing the stack.
/// </summary>
internal static class ResponseFiles
{
    /// <summary>How deep response files may name each other.</summary>
    public const int MaxDepth = 16;

    /// <summary>The most arguments response files may give in all.</summary>
    public const int MaxArguments = 100_000;

    /// <summary>The largest response file read, bytes.</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>The parser configuration that reads response files this way.</summary>
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = TryExpand };

    /// <summary>The arguments the response file <paramref name="path"/> gives, with those of the files it names, or
    /// why they cannot be had.</summary>
    public static bool TryExpand(string path, out IReadOnlyList<string>? arguments, out string? error)
    {
        var expanded = new List<string>();
        // The files being read, outermost first, each with its words and the next to take.
        var open = new List<(string Path, string[] Words, int Next)>();
        error = Open(path, open);
        while (error is null && open.Count > 0)
        {
            var (file, words, next) = open[^1];
            if (next == words.Length)
            {
                open.RemoveAt(open.Count - 1);
                continue;
            }

            open[^1] = (file, words, next + 1);
            var word = words[next];
            if (word.Length > 1 && word[0] == '@')
            {
                error = Open(word[1..], open);
            }
            else if (expanded.Count == MaxArguments)
            {
                error = $"response file {path}: more than {MaxArguments:N0} arguments.";
            }
            else
            {
                expanded.Add(word);
            }
        }

        arguments = error is null ? expanded : null;
        return error is null;
    }

    // Reads the file into its words and opens it inside the ones open, or says why it cannot.
    private static string? Open(string path, List<(string Path, string[] Words, int Next)> open)
    {
        // A command line cannot hold a NUL, but a response file (a binary file given by mistake) can.
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return $"response file name '{path.Replace("\0", "\\0", StringComparison.Ordinal)}' holds a NUL character{(open.Count > 0 ? $" (named in {open[^1].Path})" : "")}.";
        }

        var full = Path.GetFullPath(path);
        var chain = string.Join(" → ", open.Select(f => f.Path).Append(path));
        if (open.Any(f => f.Path == full || Path.GetFullPath(f.Path) == full))
        {
            return $"response file {path} names itself ({chain}).";
        }

        if (open.Count == MaxDepth)
        {
            return $"response file {path}: response files nest more than {MaxDepth} deep ({chain}).";
        }

        try
        {
            var info = new FileInfo(full);
            if (Directory.Exists(full))
            {
                return $"response file {path}: a folder, not a file.";
            }

            if (!info.Exists)
            {
                return $"response file {path}: not found.";
            }

            if (info.Length > MaxFileBytes)
            {
                return $"response file {path}: {info.Length:N0} bytes, more than a response file holds ({MaxFileBytes:N0}).";
            }

            var words = File.ReadLines(full)
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && line[0] != '#')
                .SelectMany(CommandLineParser.SplitCommandLine)
                .ToArray();
            open.Add((path, words, 0));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"response file {path}: cannot be read ({e.Message.TrimEnd('.')}).";
        }
    }
}
