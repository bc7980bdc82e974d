using System.Globalization;
using System.Text.RegularExpressions;

namespace SgdSim.Traces.TensorFlow;

/// <summary>A TensorFlow device name taken apart.</summary>
/// <param name="Node">The task, e.g. <c>/job:worker/replica:0/task:0</c>.</param>
/// <param name="Device">The device with stream and copy-engine suffixes folded away, e.g.
/// <c>/job:worker/replica:0/task:0/device:GPU:0</c>.</param>
/// <param name="SubLane">The folded suffix (<c>stream:7</c>, <c>stream:all</c>, <c>memcpy</c>), or <c>null</c>.</param>
/// <param name="Role">The task's role, from its job name.</param>
/// <param name="TaskIndex">The task index, 0 when absent.</param>
public sealed record TfDevice(string Node, string Device, string? SubLane, NodeRole Role, int TaskIndex)
{
    /// <summary>Whether this is one GPU stream (<c>stream:7</c>), not the <c>stream:all</c> copy of them all.</summary>
    public bool IsOneStream => SubLane is { } sub && sub.StartsWith("stream:", StringComparison.Ordinal) && sub != AllStreams;

    /// <summary>
    /// Whether this is <c>stream:all</c>, which repeats every kernel of the per-stream lanes; a reader keeps it only
    /// where its device has no per-stream lane.
    /// </summary>
    public bool IsAllStreams => SubLane == AllStreams;

    private const string AllStreams = "stream:all";
}

/// <summary>A <c>timeline_label</c> of the form <c>name = Op(input, ...)</c>.</summary>
/// <param name="Name">The op's name.</param>
/// <param name="Type">The op's type.</param>
/// <param name="Inputs">Its inputs as written (control inputs keep their <c>^</c>).</param>
public sealed record TfOpLabel(string Name, string Type, IReadOnlyList<string> Inputs);

/// <summary>A <c>RecvTensor</c> label: <c>[8.0MB] edge_1_x/read from SRC to DST</c>.</summary>
/// <param name="Bytes">The size the label states (rounded for MB labels), or <c>null</c>.</param>
/// <param name="Key">The rendezvous tensor, e.g. <c>edge_1_x/read</c>.</param>
/// <param name="EdgeId">The edge number <c>K</c> of <c>edge_K_x</c>, or <c>null</c>.</param>
/// <param name="Tensor">The tensor without the edge prefix, e.g. <c>x/read</c>.</param>
/// <param name="SourceDevice">The sending device.</param>
/// <param name="DestinationDevice">The receiving device.</param>
public sealed record TfRecvLabel(long? Bytes, string Key, int? EdgeId, string Tensor, string SourceDevice, string DestinationDevice);

/// <summary>
/// TensorFlow's naming conventions, shared by the RunMetadata and timeline readers: device names, op labels,
/// RecvTensor labels, and the names TF gives the receiving end of a cross-device edge.
/// </summary>
public static partial class TfNames
{
    /// <summary>The node name used for devices that carry no <c>/job:</c> part (single-process traces).</summary>
    public const string LocalNode = "/job:localhost/replica:0/task:0";

    [GeneratedRegex(@"^(?:/job:(?<job>[^/]+))?(?:/replica:(?<replica>\d+))?(?:/task:(?<task>\d+))?(?<rest>(?:/.*)?)$")]
    private static partial Regex DevicePattern();

    [GeneratedRegex(@"^(?<name>[^=]+?) = (?<type>[^(]+)\((?<inputs>.*)\)\s*$", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^\[(?<num>\d+(?:\.\d+)?)\s*(?<unit>B|KB|KiB|MB|MiB|GB|GiB)\]\s+(?<key>\S+) from (?<src>\S+) to (?<dst>\S+)\s*$")]
    private static partial Regex RecvLabelPattern();

    [GeneratedRegex(@"^edge_(?<id>\d+)_(?<tensor>.+)$")]
    private static partial Regex EdgeKeyPattern();

    /// <summary>Parses a device name such as <c>/job:ps/replica:0/task:1/device:CPU:0</c> or <c>/gpu:0/stream:12</c>.</summary>
    /// <exception cref="TfNameException">The name follows TensorFlow's pattern but with a number no device has.</exception>
    public static TfDevice ParseDevice(string name)
    {
        var m = DevicePattern().Match(name.Trim());
        if (!m.Success || name.Length == 0)
        {
            return new TfDevice(LocalNode, name, null, NodeRole.Worker, 0);
        }

        var job = m.Groups["job"].Success ? m.Groups["job"].Value : "localhost";
        var replica = m.Groups["replica"].Success ? m.Groups["replica"].Value : "0";
        var task = 0;
        if (m.Groups["task"].Success && !int.TryParse(m.Groups["task"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out task))
        {
            throw new TfNameException($"names a device '{name}' whose task index is beyond {int.MaxValue:N0}; TensorFlow numbers tasks from 0.");
        }

        var node = $"/job:{job}/replica:{replica}/task:{task}";

        // "/device:GPU:0/stream:7", "/gpu:0/memcpy", "/device:CPU:0" → device part and the folded suffix.
        var parts = m.Groups["rest"].Value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? sub = null;
        var deviceParts = new List<string>();
        foreach (var part in parts)
        {
            if (part.StartsWith("stream:", StringComparison.Ordinal) || part == "memcpy" ||
                part.StartsWith("memcpy", StringComparison.Ordinal))
            {
                sub = part;
            }
            else
            {
                deviceParts.Add(NormalizeDevicePart(part));
            }
        }

        var device = deviceParts.Count == 0 ? node : $"{node}/{string.Join('/', deviceParts)}";
        return new TfDevice(node, device, sub, RoleOf(job), task);
    }

    /// <summary>The role TF's between-graph replication gives a job name.</summary>
    public static NodeRole RoleOf(string job) => job switch
    {
        "ps" => NodeRole.ParameterServer,
        "worker" or "chief" or "master" or "localhost" => NodeRole.Worker,
        _ => NodeRole.Other,
    };

    // Old traces write "gpu:0", newer ones "device:GPU:0": one device either way.
    private static string NormalizeDevice(string type, string index) => $"device:{type.ToUpperInvariant()}:{index}";

    private static string NormalizeDevicePart(string part)
    {
        var pieces = part.Split(':');
        return pieces switch
        {
            ["device", var type, var index] => NormalizeDevice(type, index),
            [var type, var index] when type is "cpu" or "gpu" or "CPU" or "GPU" or "TPU" or "tpu" => NormalizeDevice(type, index),
            _ => part,
        };
    }

    /// <summary>Parses <c>name = Op(in1, in2)</c>; <c>null</c> when the label has another form.</summary>
    public static TfOpLabel? ParseOpLabel(string label)
    {
        var m = LabelPattern().Match(label);
        if (!m.Success)
        {
            return null;
        }

        var inputs = m.Groups["inputs"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TfOpLabel(m.Groups["name"].Value.Trim(), m.Groups["type"].Value.Trim(), inputs);
    }

    /// <summary>Parses a RecvTensor label; <c>null</c> when the label has another form.</summary>
    public static TfRecvLabel? ParseRecvLabel(string label)
    {
        var m = RecvLabelPattern().Match(label);
        if (!m.Success)
        {
            return null;
        }

        var number = double.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture);
        var scale = m.Groups["unit"].Value switch
        {
            "B" => 1.0,
            "KB" or "KiB" => 1024.0,
            "MB" or "MiB" => 1024.0 * 1024,
            _ => 1024.0 * 1024 * 1024,
        };
        var (key, edge, tensor) = ParseRendezvousKey(m.Groups["key"].Value);
        return new TfRecvLabel((long)Math.Round(number * scale), key, edge, tensor, m.Groups["src"].Value, m.Groups["dst"].Value);
    }

    /// <summary>
    /// Takes a rendezvous key apart: <c>edge_5_x/read</c> (or a full key <c>src;incarnation;dst;edge_5_x/read;0:0</c>)
    /// gives the edge number 5 and the tensor <c>x/read</c>.
    /// </summary>
    public static (string Key, int? EdgeId, string Tensor) ParseRendezvousKey(string key)
    {
        var parts = key.Split(';');
        var edgePart = parts.FirstOrDefault(p => p.StartsWith("edge_", StringComparison.Ordinal)) ?? parts[0];
        var m = EdgeKeyPattern().Match(edgePart);
        // An edge number beyond an int is no edge TensorFlow numbered: the key is then taken as it is.
        return m.Success && int.TryParse(m.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (edgePart, id, m.Groups["tensor"].Value)
            : (edgePart, null, edgePart);
    }

    /// <summary>
    /// Reads the name TF gives the receiving end of a cross-device edge: <c>x_S5</c> (a distributed partition)
    /// or <c>x/_5</c> (a local one) → tensor <c>x</c>, edge 5. <c>null</c> for an ordinary name.
    /// </summary>
    public static (string Tensor, int EdgeId)? ParseCrossTaskInput(string input)
    {
        // Called for every input not found by name, so by hand rather than by regex: trailing digits, then
        // "_S" or "/_" before them, and a non-empty tensor name before that.
        var digits = input.Length;
        while (digits > 0 && char.IsAsciiDigit(input[digits - 1]))
        {
            digits--;
        }

        if (digits == input.Length || digits < 3 || input.Length - digits > 9)
        {
            return null;
        }

        var marker = input.AsSpan(digits - 2, 2);
        if (marker is not "_S" and not "/_")
        {
            return null;
        }

        return (input[..(digits - 2)], int.Parse(input.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>An input as written in a label without its control marker and output slot: <c>^x</c>, <c>x:1</c> → <c>x</c>.</summary>
    public static string StripInput(string input)
    {
        var name = input.StartsWith('^') ? input[1..] : input;
        var colon = name.LastIndexOf(':');
        return colon > 0 && colon < name.Length - 1 && name[(colon + 1)..].All(char.IsAsciiDigit) ? name[..colon] : name;
    }

    /// <summary>
    /// The variable a served tensor belongs to: <c>x/read</c> (TF1 <c>Identity</c>), <c>x/Read/ReadVariableOp</c>
    /// and <c>x/ReadVariableOp</c> (resource variables) all name variable <c>x</c>.
    /// </summary>
    public static string VariableOf(string tensor)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["/read", "/Read/ReadVariableOp", "/ReadVariableOp"])
        {
            if (tensor.EndsWith(suffix, StringComparison.Ordinal) && tensor.Length > suffix.Length)
            {
                return tensor[..^suffix.Length];
            }
        }

        return tensor;
    }

    /// <summary>Whether an op type applies a gradient to a variable (the update of the PS).</summary>
    public static bool IsUpdateType(string type) =>
        type.StartsWith("Apply", StringComparison.Ordinal) ||
        type.StartsWith("ResourceApply", StringComparison.Ordinal) ||
        type.StartsWith("SparseApply", StringComparison.Ordinal) ||
        type.StartsWith("ResourceSparseApply", StringComparison.Ordinal) ||
        type is "AssignSub" or "AssignSubVariableOp" or "ScatterSub" or "ResourceScatterSub";

    /// <summary>The lane of a device on which its incoming network transfers run (they overlap by nature).</summary>
    public const string NetworkReceiveLane = "network receive";

    /// <summary>What a transfer between two nodes is, by their roles: a parameter pull, a gradient push, or other.</summary>
    public static OpKind TransferKind(NodeRole from, NodeRole to) => (from, to) switch
    {
        (NodeRole.ParameterServer, NodeRole.Worker) => OpKind.ParameterTransfer,
        (NodeRole.Worker, NodeRole.ParameterServer) => OpKind.GradientTransfer,
        _ => OpKind.Other,
    };

    /// <summary>Whether an op type is a collective: an all-reduce, gather or broadcast among replicas.</summary>
    public static bool IsCollectiveType(string type) =>
        type.StartsWith("Collective", StringComparison.Ordinal) ||
        type.StartsWith("Nccl", StringComparison.Ordinal) ||
        type.StartsWith("_Nccl", StringComparison.Ordinal);

    /// <summary>
    /// Parses the <c>name:Type</c> form in which the TF2 profiler names an op's events
    /// (<c>layer_0/dense/MatMul:MatMul</c>); <c>null</c> for any other event (<c>ExecutorState::Process</c>,
    /// <c>MemoryAllocation</c>, a kernel's C++ signature).
    /// </summary>
    public static (string Name, string Type)? ParseOpFullName(string fullName)
    {
        var colon = fullName.IndexOf(':');
        if (colon <= 0 || colon == fullName.Length - 1)
        {
            return null;
        }

        var type = fullName.AsSpan(colon + 1);
        if (!(char.IsAsciiLetterUpper(type[0]) || type[0] == '_'))
        {
            return null;
        }

        foreach (var c in type)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return null;
            }
        }

        foreach (var c in fullName.AsSpan(0, colon))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-' or '>'))
            {
                return null;
            }
        }

        return (fullName[..colon], fullName[(colon + 1)..]);
    }

    /// <summary>Whether an op type is executor plumbing rather than model computation.</summary>
    public static bool IsPlumbingType(string type) =>
        type is "_Recv" or "_Send" or "_HostRecv" or "_HostSend" or "NoOp" or "RecvTensor" ||
        type.StartsWith("MEMCPY", StringComparison.Ordinal);
}

/// <summary>A name in a trace follows TensorFlow's conventions but cannot be one TensorFlow gave; the readers say so
/// against the file it came from (<see cref="InFile"/>).</summary>
/// <param name="problem">What is wrong, as a predicate of the file ("names a device …").</param>
public sealed class TfNameException(string problem) : FormatException(problem)
{
    /// <summary>The refusal of <paramref name="file"/>, which holds the name.</summary>
    public InvalidTraceException InFile(string file) => new(file, Message, this);
}
