using System.Diagnostics.Tracing;

namespace SgdSim.Benchmarks;

/// <summary>
/// Attributes allocations to types from the runtime's <c>GCAllocationTick</c> events (one event per ~100 KB
/// allocated, naming the type of the object that crossed the threshold): a statistical picture of what an
/// import allocates, without a profiler. Used by <c>--measure --alloc-types</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    /// <summary>Stops recording; returns the sampled bytes per type, largest first.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Stop()
    {
        _recording = false;
        lock (_lock)
        {
            return _bytes.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value)).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        var typeIndex = e.PayloadNames.IndexOf("TypeName");
        var amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        if (typeIndex < 0 || amountIndex < 0)
        {
            return;
        }

        var type = e.Payload![typeIndex] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }
}
