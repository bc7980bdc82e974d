namespace SgdSim.Workflows;

/// <summary>
/// How a workflow reports progress to whoever runs it: the workflow names a piece of work and what each of its units
/// weighs; the runner shows it (a progress bar on a terminal) or not at all. The library itself prints nothing.
/// </summary>
public interface IWorkProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports each finished unit (weighing <paramref name="weights"/>, in
    /// the order the units finish) to the <see cref="IProgress{T}"/> it is handed, and returns its result.</summary>
    T Run<T>(string description, IReadOnlyList<double> weights, Func<IProgress<int>, T> work);
}

/// <summary>Progress that is not shown.</summary>
public sealed class NoProgress : IWorkProgress
{
    /// <summary>The one instance.</summary>
    public static readonly NoProgress Instance = new();

    private NoProgress()
    {
    }

    /// <inheritdoc/>
    public T Run<T>(string description, IReadOnlyList<double> weights, Func<IProgress<int>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(Ignored.Instance);
    }

    private sealed class Ignored : IProgress<int>
    {
        public static readonly Ignored Instance = new();

        public void Report(int value)
        {
        }
    }
}
