using System.Collections.Concurrent;

namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Parsed device names and labels of one import. A trace repeats the same labels in every step, so each distinct
/// string is parsed once; safe to share between the threads that parse step files.
/// </summary>
internal sealed class TfNameCache
{
    private readonly ConcurrentDictionary<string, TfDevice> _devices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TfOpLabel?> _opLabels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TfRecvLabel?> _recvLabels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<uint, string> _threads = new();

    public TfDevice Device(string name) => _devices.GetOrAdd(name, TfNames.ParseDevice);

    public TfOpLabel? OpLabel(string label) => _opLabels.GetOrAdd(label, TfNames.ParseOpLabel);

    public TfRecvLabel? RecvLabel(string label) => _recvLabels.GetOrAdd(label, TfNames.ParseRecvLabel);

    public string ThreadLane(uint thread) => _threads.GetOrAdd(thread, static t => $"thread {t}");
}
