namespace SgdSim.Traces;

/// <summary>
/// Training steps as windows of time, built from the markers a profile gives (Kineto's <c>ProfilerStep#N</c> spans,
/// XSpace's <c>Steps</c> lines or <c>step_num</c> events): the same step marked in several files or lines is one
/// window, from its earliest start to its latest end. Once <see cref="Order"/>ed, windows are in time order and an
/// op's step is found from its start by binary search.
/// </summary>
/// <typeparam name="TKey">What names a step in the markers (a step number, a step name).</typeparam>
internal sealed class StepWindows<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _byKey = [];
    private readonly List<(TKey Key, long Start, long End)> _windows = [];
    private long[] _starts = [];
    private int[] _rank = [];

    /// <summary>How many steps are marked.</summary>
    public int Count => _windows.Count;

    /// <summary>Marks step <paramref name="key"/> as running from <paramref name="start"/> to <paramref name="end"/>
    /// (at least); returns its window, numbered in the order steps were first marked.</summary>
    public int Mark(TKey key, long start, long end)
    {
        if (!_byKey.TryGetValue(key, out var window))
        {
            window = _windows.Count;
            _byKey.Add(key, window);
            _windows.Add((key, start, end));
            return window;
        }

        Widen(window, start, end);
        return window;
    }

    /// <summary>Widens a window to hold <paramref name="start"/> to <paramref name="end"/>.</summary>
    public void Widen(int window, long start, long end)
    {
        var (key, s, e) = _windows[window];
        _windows[window] = (key, Math.Min(s, start), Math.Max(e, end));
    }

    /// <summary>
    /// Puts the windows in time order (ties by <paramref name="tieBreak"/>, then in the order they were marked);
    /// from then on a window's number is its place in time, and <see cref="RankOf"/> maps the numbers handed out
    /// by <see cref="Mark"/> to it.
    /// </summary>
    public void Order(IComparer<TKey>? tieBreak = null)
    {
        var order = new int[_windows.Count];
        for (var k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (a, b) =>
        {
            var c = _windows[a].Start.CompareTo(_windows[b].Start);
            if (c == 0 && tieBreak is not null) c = tieBreak.Compare(_windows[a].Key, _windows[b].Key);
            return c != 0 ? c : a.CompareTo(b);
        });

        _rank = new int[order.Length];
        for (var k = 0; k < order.Length; k++) _rank[order[k]] = k;
        var ordered = order.Select(k => _windows[k]).ToArray();
        _windows.Clear();
        _windows.AddRange(ordered);
        _starts = ordered.Select(w => w.Start).ToArray();
    }

    /// <summary>The place in time of the window <see cref="Mark"/> numbered <paramref name="marked"/>.</summary>
    public int RankOf(int marked) => _rank[marked];

    /// <summary>The step's name in the markers.</summary>
    public TKey Key(int window) => _windows[window].Key;

    /// <summary>The window's start.</summary>
    public long Start(int window) => _windows[window].Start;

    /// <summary>The window's end.</summary>
    public long End(int window) => _windows[window].End;

    /// <summary>The last window that starts at or before <paramref name="t"/>, or -1.</summary>
    public int StartedBy(long t)
    {
        var k = Array.BinarySearch(_starts, t);
        return k >= 0 ? k : ~k - 1;
    }

    /// <summary>The window that holds <paramref name="t"/> between its start and its end, or -1.</summary>
    public int Holding(long t)
    {
        var k = StartedBy(t);
        return k >= 0 && t <= _windows[k].End ? k : -1;
    }

    /// <summary>The step running at <paramref name="t"/> when each runs until the next one starts (the last one
    /// until its end), or -1: time between steps belongs to the step before.</summary>
    public int RunningAt(long t)
    {
        var k = StartedBy(t);
        return k < 0 || (k == _starts.Length - 1 && t > _windows[k].End) ? -1 : k;
    }
}
