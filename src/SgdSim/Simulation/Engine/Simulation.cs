namespace SgdSim.Simulation.Engine;

/// <summary>Orders events by time, then by the order they were scheduled (the queue alone does not keep ties in order).</summary>
/// <param name="Time">Simulated time in nanoseconds.</param>
/// <param name="Sequence">Position in scheduling order, unique per simulation.</param>
public readonly record struct EventKey(long Time, long Sequence) : IComparable<EventKey>
{
    /// <inheritdoc/>
    public int CompareTo(EventKey other)
    {
        var byTime = Time.CompareTo(other.Time);
        return byTime != 0 ? byTime : Sequence.CompareTo(other.Sequence);
    }
}

/// <summary>
/// A discrete-event simulation over events of type <typeparamref name="TEvent"/> (a <c>readonly record struct</c>):
/// a clock in integer nanoseconds, a queue keyed by (time, sequence) and one seeded random generator. A model derives
/// from it and dispatches each event in <see cref="Handle"/>. It knows nothing of traces, files or consoles.
/// </summary>
/// <remarks>
/// Besides the queue, a model may keep one timer (<see cref="SetTimer"/>) for a deadline that moves all the time,
/// such as a network's next completion: setting it again replaces the earlier time instead of leaving a stale event
/// in the queue. It fires in (time, sequence) order among the events, as a call to <see cref="OnTimer"/>.
/// </remarks>
/// <typeparam name="TEvent">The model's event type.</typeparam>
public abstract class Simulation<TEvent>
    where TEvent : struct
{
    // A 4-ary min-heap of entries ordered by (time, sequence), kept by hand rather than in PriorityQueue: the key
    // compares inline and an entry moves once per level, which is most of an event's cost.
    private const int Arity = 4;
    private Entry[] _heap = new Entry[64];
    private int _count;
    private long _sequence;
    private EventKey _timer = NoTimer;

    private static readonly EventKey NoTimer = new(long.MaxValue, long.MaxValue);

    /// <summary>Creates a simulation whose random choices all come from one generator seeded with <paramref name="seed"/>.</summary>
    protected Simulation(int seed) => Random = new Random(seed);

    /// <summary>The current simulated time, nanoseconds from the start.</summary>
    public long Now { get; private set; }

    /// <summary>How many events have been handled (timer firings included).</summary>
    public long EventsProcessed { get; private set; }

    /// <summary>How many events wait in the queue (the timer not included).</summary>
    public int Pending => _count;

    /// <summary>The simulation's only source of randomness.</summary>
    protected Random Random { get; }

    /// <summary>Schedules <paramref name="e"/> at absolute time <paramref name="time"/> (not before <see cref="Now"/>).</summary>
    public void Schedule(long time, in TEvent e)
    {
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"An event cannot be scheduled in the past (now {Now} ns).");
        }

        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        SiftUp(_count++, new Entry(time, _sequence++, e));
    }

    /// <summary>
    /// Sets the timer to fire at <paramref name="time"/> (not before <see cref="Now"/>), replacing any earlier setting;
    /// among events at the same time it counts as scheduled now. <see cref="long.MaxValue"/> clears it.
    /// </summary>
    protected void SetTimer(long time)
    {
        if (time == long.MaxValue)
        {
            _timer = NoTimer;
            return;
        }

        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"The timer cannot be set in the past (now {Now} ns).");
        }

        _timer = new EventKey(time, _sequence++);
    }

    /// <summary>Handles the next event; returns false when none is left.</summary>
    public bool Step()
    {
        if (_count > 0 && Before(_heap[0].Time, _heap[0].Sequence, _timer))
        {
            var e = _heap[0].Event;
            Now = _heap[0].Time;
            var last = _heap[--_count];
            if (_count > 0)
            {
                SiftDown(last);
            }

            _heap[_count] = default; // no reference left behind, should TEvent hold one
            EventsProcessed++;
            Handle(e);
            return true;
        }

        if (_timer.Time != long.MaxValue)
        {
            Now = _timer.Time;
            _timer = NoTimer;
            EventsProcessed++;
            OnTimer();
            return true;
        }

        return false;
    }

    /// <summary>Handles events until the queue is empty, <see cref="Stopped"/> turns true, or the next event lies beyond <paramref name="until"/>.</summary>
    public void Run(long until = long.MaxValue)
    {
        if (until <= Now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"Run must end after the current time ({Now} ns).");
        }

        while (!Stopped && NextTime() <= until && Step())
        {
        }
    }

    /// <summary>Whether the model has decided to stop; checked before every event.</summary>
    protected virtual bool Stopped => false;

    /// <summary>Dispatches one event (a <c>switch</c> on its kind); <see cref="Now"/> is the event's time.</summary>
    protected abstract void Handle(in TEvent e);

    /// <summary>Called when the timer set by <see cref="SetTimer"/> fires; <see cref="Now"/> is its time.</summary>
    protected virtual void OnTimer()
    {
    }

    private long NextTime() => Math.Min(_count > 0 ? _heap[0].Time : long.MaxValue, _timer.Time);

    private static bool Before(long time, long sequence, EventKey other) =>
        time < other.Time || (time == other.Time && sequence < other.Sequence);

    private static bool Before(in Entry a, in Entry b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);

    private void SiftUp(int hole, in Entry entry)
    {
        var heap = _heap;
        while (hole > 0)
        {
            var parent = (hole - 1) / Arity;
            if (!Before(entry, heap[parent]))
            {
                break;
            }

            heap[hole] = heap[parent];
            hole = parent;
        }

        heap[hole] = entry;
    }

    // Fills the hole at the root with the smallest of its children, level by level, until entry fits.
    private void SiftDown(in Entry entry)
    {
        var heap = _heap;
        var count = _count;
        var hole = 0;
        while (true)
        {
            var first = (hole * Arity) + 1;
            if (first >= count)
            {
                break;
            }

            var smallest = first;
            var end = Math.Min(first + Arity, count);
            for (var child = first + 1; child < end; child++)
            {
                if (Before(heap[child], heap[smallest]))
                {
                    smallest = child;
                }
            }

            if (!Before(heap[smallest], entry))
            {
                break;
            }

            heap[hole] = heap[smallest];
            hole = smallest;
        }

        heap[hole] = entry;
    }

    private readonly record struct Entry(long Time, long Sequence, TEvent Event);
}
