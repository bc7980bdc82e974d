using System.Globalization;

namespace SgdSim.Traces;

/// <summary>
/// The notes an import leaves on its trace (what was left out, guessed or read from where), written the same way
/// by every assembler: whole sentences, numbers with thousands separators whatever the culture, each note once.
/// Sentences with numbers are made with <c>string.Create(CultureInfo.InvariantCulture, …)</c>.
/// </summary>
internal sealed class ImportNotes(TraceBuilder builder)
{
    /// <summary>Adds a sentence.</summary>
    public void Add(string sentence) => builder.Note(sentence);

    /// <summary>"3 ops ran outside every step and were left out": <paramref name="count"/> things
    /// <paramref name="why"/>, left out; nothing when there are none.</summary>
    public void LeftOut(long count, string noun, string why)
    {
        if (count > 0)
        {
            builder.Note($"{Counts.Of(count, noun)} {why} and {(count == 1 ? "was" : "were")} left out.");
        }
    }

    /// <summary>"Conv2D ×3, MatMul ×1": how many of each, by name.</summary>
    public static string CountByType(IEnumerable<string> types) =>
        string.Join(", ", types.GroupBy(t => t).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ×{g.Count():N0}")));

    /// <summary>"a, b, c, d, e, …": the first few of a list, and an ellipsis where there are more.</summary>
    public static string FirstFew(IEnumerable<string> items, int shown = 5)
    {
        var list = items.Take(shown + 1).ToList();
        return string.Join(", ", list.Take(shown)) + (list.Count > shown ? ", …" : "");
    }
}

/// <summary>
/// Names the runs of an op that repeats within a step (a layer's <c>aten::addmm</c>, a loop's body): the first keeps
/// its name, the n-th is <c>name#n</c>. The suffixed names are interned once, so the n-th run has the same name
/// string in every step.
/// </summary>
/// <typeparam name="TKey">What makes two records runs of the same op.</typeparam>
internal sealed class RepeatNames<TKey>(TraceBuilder builder)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _runs = [];
    private readonly Dictionary<(string, int), string> _suffixed = [];

    /// <summary>How many runs were named as repeats.</summary>
    public long Repeats { get; private set; }

    /// <summary>Starts a step: counting starts again.</summary>
    public void NextStep() => _runs.Clear();

    /// <summary>The name of this run of the op <paramref name="key"/>, whose own name is <paramref name="name"/>.</summary>
    public string Name(TKey key, string name)
    {
        ref var run = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_runs, key, out _);
        if (++run == 1)
        {
            return name;
        }

        Repeats++;
        if (!_suffixed.TryGetValue((name, run), out var suffixed))
        {
            suffixed = builder.Intern(string.Create(CultureInfo.InvariantCulture, $"{name}#{run}"));
            _suffixed.Add((name, run), suffixed);
        }

        return suffixed;
    }
}
