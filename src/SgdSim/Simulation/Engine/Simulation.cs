namespace SgdSim.Simulation.Engine;

/// <summary>
/// A run that cannot reach its end within the engine's limits: its clock would pass <see cref="Simulation{TEvent}.MaxTime"/>
/// or it handled <see cref="Simulation{TEvent}.EventBudget"/> events. It comes of the values given (rates, speeds,
/// durations far out of range), not of a fault: the message says which limit was met.
/// </summary>
public sealed class SimulationLimitException(string message) : Exception(message);

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
    private readonly PriorityQueue<TEvent, EventKey> _queue = new(EventKeyComparer.Instance);
    private long _sequence;
    private EventKey _timer = NoTimer;

    private static readonly EventKey NoTimer = new(long.MaxValue, long.MaxValue);

    /// <summary>Creates a simulation whose random choices all come from one generator seeded with <paramref name="seed"/>.</summary>
    protected Simulation(int seed) => Random = new Random(seed);

    /// <summary>The current simulated time, nanoseconds from the start.</summary>
    public long Now { get; private set; }

    /// <summary>The latest simulated time an event may have, nanoseconds: 2^62, about 146 years.</summary>
    public const long MaxTime = 1L << 62;

    /// <summary>How many events <see cref="Run"/> handles in all before it gives up (default: no limit).</summary>
    public long EventBudget { get; set; } = long.MaxValue;

    /// <summary>How many events have been handled (timer firings included).</summary>
    public long EventsProcessed { get; private set; }

    /// <summary>How many events wait in the queue (the timer not included).</summary>
    public int Pending => _queue.Count;

    /// <summary>The simulation's only source of randomness.</summary>
    protected Random Random { get; }

    /// <summary>Schedules <paramref name="e"/> at absolute time <paramref name="time"/> (not before <see cref="Now"/>).</summary>
    public void Schedule(long time, in TEvent e)
    {
        CheckHorizon(time);
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"An event cannot be scheduled in the past (now {Now} ns).");
        }

        _queue.Enqueue(e, new EventKey(time, _sequence++));
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

        CheckHorizon(time);
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"The timer cannot be set in the past (now {Now} ns).");
        }

        _timer = new EventKey(time, _sequence++);
    }

    /// <summary>Handles the next event; returns false when none is left.</summary>
    public bool Step()
    {
        if (_queue.TryPeek(out _, out var key) && key.CompareTo(_timer) < 0)
        {
            _queue.TryDequeue(out var e, out _);
            Now = key.Time;
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

        while (!Stopped && NextTime() <= until)
        {
            if (EventsProcessed >= EventBudget)
            {
                throw new SimulationLimitException($"it handled {EventBudget:N0} events without reaching its end");
            }

            if (!Step())
            {
                break;
            }
        }
    }

    // A time past the limit, or one that overflowed (the clock never runs backwards past 0), cannot be simulated.
    private static void CheckHorizon(long time)
    {
        if (time is < 0 or > MaxTime)
        {
            throw new SimulationLimitException($"its clock would pass {MaxTime / 31_557_600_000_000_000.0:0} years of simulated time");
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

    private long NextTime() => Math.Min(_queue.TryPeek(out _, out var key) ? key.Time : long.MaxValue, _timer.Time);

    // A sealed comparer the queue calls directly, rather than Comparer<T>.Default's interface dispatch.
    private sealed class EventKeyComparer : IComparer<EventKey>
    {
        public static readonly EventKeyComparer Instance = new();

        public int Compare(EventKey x, EventKey y) =>
            x.Time != y.Time ? (x.Time < y.Time ? -1 : 1) : x.Sequence.CompareTo(y.Sequence);
    }
}
