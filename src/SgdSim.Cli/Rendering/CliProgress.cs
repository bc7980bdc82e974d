using SgdSim.Cli.Output;
using SgdSim.Workflows;

namespace SgdSim.Cli.Rendering;

/// <summary>A workflow's progress as a progress bar on the terminal (nothing elsewhere; see <see cref="CliConsole"/>).</summary>
internal sealed class CliProgress : IWorkProgress
{
    public static readonly CliProgress Instance = new();

    public T Run<T>(string description, IReadOnlyList<double> weights, Func<IProgress<int>, T> work) =>
        CliConsole.Current.Progress(description, weights, work);
}
