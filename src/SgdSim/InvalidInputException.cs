namespace SgdSim;

/// <summary>
/// An input file is not usable: a trace, a table of measurements, a Parquet file of predictions. The message is one
/// full sentence that names the file and what was found, fit to be shown to a user as it is.
/// </summary>
public class InvalidInputException : Exception, INamesSettings
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    /// <param name="source">The file or folder at fault.</param>
    /// <param name="problem">What is wrong, without the file name.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public InvalidInputException(string source, string problem, Exception? inner = null)
        : base($"{source}: {problem}", inner)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>Creates the exception for <paramref name="source"/>, with a problem that names settings (values of
    /// <see cref="SgdSim.Setting"/> among its arguments), in the library's words until <see cref="MessageNaming"/>
    /// words them otherwise.</summary>
    /// <param name="source">The file or folder at fault.</param>
    /// <param name="problem">What is wrong, without the file name.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public InvalidInputException(string source, FormattableString problem, Exception? inner = null)
        : this(source, Settings.Format(problem, Settings.Describe), inner)
    {
        _problem = problem;
    }

    private readonly FormattableString? _problem;

    /// <summary>The file or folder at fault.</summary>
    public new string Source { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }

    /// <inheritdoc/>
    public string MessageNaming(Func<Setting, string> nameOf) =>
        _problem is null ? Message : $"{Source}: {Settings.Format(_problem, nameOf)}";

    /// <summary>Throws unless <paramref name="path"/> is an existing file, saying what it is instead.</summary>
    internal static void ThrowUnlessFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidInputException(path, "is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "does not exist.");
        }
    }
}
