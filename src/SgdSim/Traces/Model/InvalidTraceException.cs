namespace SgdSim.Traces;

/// <summary>
/// The input is not a usable trace. The message is one full sentence that names the file and what was found,
/// fit to be shown to a user as it is.
/// </summary>
/// <param name="source">The file or folder at fault.</param>
/// <param name="problem">What is wrong, without the file name.</param>
/// <param name="inner">The underlying parser error, if any.</param>
public sealed class InvalidTraceException(string source, string problem, Exception? inner = null)
    : InvalidInputException(source, problem, inner);
