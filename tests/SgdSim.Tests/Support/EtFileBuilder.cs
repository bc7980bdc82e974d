using Google.Protobuf;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Tests.Support;

/// <summary>Writes small Chakra <c>.et</c> files node by node, for tests.</summary>
internal sealed class EtFileBuilder
{
    private readonly List<Node> _nodes = [];

    public GlobalMetadata Metadata { get; } = new() { Version = "0.0.4" };

    public IReadOnlyList<Node> Nodes => _nodes;

    public EtFileBuilder Comp(ulong id, string name, ulong durationMicros, params ulong[] dataDeps) =>
        Add(new Node { Id = id, Name = name, Type = NodeType.CompNode, DurationMicros = durationMicros, DataDeps = { dataDeps } });

    public EtFileBuilder Send(ulong id, string name, int dst, int tag, long bytes, params ulong[] dataDeps) =>
        Comm(NodeType.CommSendNode, id, name, "comm_dst", dst, tag, bytes, dataDeps);

    public EtFileBuilder Recv(ulong id, string name, int src, int tag, long bytes, params ulong[] dataDeps) =>
        Comm(NodeType.CommRecvNode, id, name, "comm_src", src, tag, bytes, dataDeps);

    private EtFileBuilder Comm(NodeType type, ulong id, string name, string peerAttribute, int peer, int tag, long bytes, ulong[] dataDeps) =>
        Add(new Node
        {
            Id = id,
            Name = name,
            Type = type,
            DataDeps = { dataDeps },
            Attr = { ChakraAttributes.Of(peerAttribute, peer), ChakraAttributes.Of("comm_tag", tag), ChakraAttributes.Of("comm_size", bytes) },
        });

    public EtFileBuilder Add(Node node)
    {
        _nodes.Add(node);
        return this;
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Metadata.WriteDelimitedTo(memory);
        foreach (var node in _nodes)
        {
            node.WriteDelimitedTo(memory);
        }

        return memory.ToArray();
    }

    public string Write(string path)
    {
        File.WriteAllBytes(path, ToBytes());
        return path;
    }
}
