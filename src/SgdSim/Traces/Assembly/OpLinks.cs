using System.Runtime.CompilerServices;

namespace SgdSim.Traces;

/// <summary>
/// The dependencies an assembler finds between its ops (flow arrows, the order a span convention implies), as
/// pairs of op indexes, gathered by the op they lead to once all are known (<see cref="Freeze"/>).
/// </summary>
internal sealed class OpLinks
{
    private List<(int Target, int Source)> _links = [];

    /// <summary>The links found so far.</summary>
    public IReadOnlyList<(int Target, int Source)> All => _links;

    /// <summary>Records that <paramref name="target"/> depends on <paramref name="source"/>.</summary>
    public void Add(int target, int source) => _links.Add((target, source));

    /// <summary>
    /// Every op's sources in one flat table (a counting sort by target), in the order they were added; the pairs
    /// are let go.
    /// </summary>
    // One pass over every link, run once: compiled fully at once rather than tiered up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Inputs Freeze(int opCount)
    {
        var first = new int[opCount + 1];
        foreach (var (target, _) in _links)
        {
            first[target + 1]++;
        }

        for (var i = 0; i < opCount; i++)
        {
            first[i + 1] += first[i];
        }

        var sources = new int[_links.Count];
        var fill = first[..^1];
        foreach (var (target, source) in _links)
        {
            sources[fill[target]++] = source;
        }

        _links = [];
        return new Inputs(first, sources);
    }

    /// <summary>The sources of each op, from <see cref="Freeze"/>.</summary>
    internal readonly struct Inputs(int[] first, int[] sources)
    {
        /// <summary>The ops <paramref name="op"/> depends on.</summary>
        public ReadOnlySpan<int> Of(int op) => sources.AsSpan(first[op], first[op + 1] - first[op]);
    }
}

/// <summary>
/// Flow arrows whose two ends are separate events (a Chrome trace's <c>s</c> and <c>f</c>/<c>t</c> events,
/// Kineto's <c>ac2g</c> and <c>fwdbwd</c> flows): each tail is resolved to its op as it is met, so the table holds
/// one op per open arrow, and each head then links its op to the tail's.
/// </summary>
/// <typeparam name="TId">What names an arrow (its id, with its category where ids repeat across them).</typeparam>
internal sealed class FlowArrows<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, int> _tails = [];

    /// <summary>Arrow <paramref name="id"/> leaves <paramref name="op"/> (-1: no op); an id met again starts anew.</summary>
    public void Tail(TId id, int op) => _tails[id] = op;

    /// <summary>The op arrow <paramref name="id"/> leaves, if its tail was met.</summary>
    public bool TryTail(TId id, out int op) => _tails.TryGetValue(id, out op);

    /// <summary>Links the arrow's head op <paramref name="to"/> to its tail op <paramref name="from"/>, when both
    /// ends are ops (not -1) and differ.</summary>
    public static void Link(int from, int to, OpLinks links)
    {
        if (from >= 0 && to >= 0 && from != to)
        {
            links.Add(to, from);
        }
    }
}
