using System.Collections.Concurrent;

namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Parsed device names and labels of one import. A trace repeats the same labels in every step, so each distinct
/// string is parsed once; safe to share between the threads that parse step files.
/// </summary>
/// <param name="source">The file or folder the names come from, which a name no device can have is refused against.</param>
internal sealed class TfNameCache(string source = "the trace")
{
    private readonly ConcurrentDictionary<string, TfDevice> _devices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TfOpLabel?> _opLabels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TfRecvLabel?> _recvLabels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<uint, string> _threads = new();

    public TfDevice Device(string name)
    {
        try
        {
            return _devices.GetOrAdd(name, TfNames.ParseDevice);
        }
        catch (TfNameException e)
        {
            throw e.InFile(source);
        }
    }

    public TfOpLabel? OpLabel(string label) => _opLabels.GetOrAdd(label, TfNames.ParseOpLabel);

    public TfRecvLabel? RecvLabel(string label) => _recvLabels.GetOrAdd(label, TfNames.ParseRecvLabel);

    public string ThreadLane(uint thread) => _threads.GetOrAdd(thread, static t => $"thread {t}");
}
