using System.Globalization;
using System.Runtime.InteropServices;
using Google.Protobuf.Reflection;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Traces.Chakra;

/// <summary>
/// Reads MLCommons Chakra execution traces (<c>.et</c>): one file per rank, or a folder of <c>name.&lt;rank&gt;.et</c>
/// files forming one job. Each rank is a node of the trace and the whole graph is one step. Compute, memory and
/// collective nodes become ops of their rank; a send and the receive it pairs with (same ranks, same
/// <c>comm_tag</c>, in order) become one transfer, logged at the receiver as TensorFlow logs one. Data dependencies
/// are inputs; control dependencies are too, unless they are not a dependency order (they name missing nodes or
/// the node itself, or close a cycle, as PyTorch-derived traces' parent links do). Without start times, ops are
/// scheduled as soon as their dependencies end.
/// </summary>
public static class ChakraReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "chakra-et";

    /// <summary>Reads a file or a folder of per-rank files into a one-step trace.</summary>
    /// <exception cref="InvalidTraceException">A file is not a Chakra trace, or its graph is broken (a dependency on
    /// a node that does not exist, a cycle, a send without a destination, a node without a type).</exception>
    public static Trace Read(string path)
    {
        var files = TraceFiles.List(path, static f => f.EndsWith(".et", StringComparison.OrdinalIgnoreCase));
        var ranks = RankFiles(path, files);
        // Files parse independently, on all cores; the first bad one in rank order is the one reported.
        var parsed = new RankFile[ranks.Count];
        var errors = new InvalidTraceException?[ranks.Count];
        Parallel.For(0, ranks.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                parsed[i] = Parse(ranks[i].File, ranks[i].Rank);
            }
            catch (InvalidTraceException e)
            {
                errors[i] = e;
            }
        });

        return errors.FirstOrDefault(e => e is not null) is { } first ? throw first : new ChakraJobAssembler(path, parsed).Build();
    }

    private static List<(string File, long Rank)> RankFiles(string path, IReadOnlyList<string> files)
    {
        // name.<rank>.et, or name-rank3.et: the digits that end the name. Without them, files are ranked in name order.
        var ranked = files.Select(f => (File: f, Rank: TrailingNumber(Path.GetFileName(f)))).ToList();
        if (ranked.Any(r => r.Rank < 0))
        {
            return files.Select((f, i) => (f, (long)i)).ToList();
        }

        var twice = ranked.GroupBy(r => r.Rank).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidTraceException(path,
                $"holds two files for rank {twice.Key}: {string.Join(" and ", twice.Select(t => Path.GetFileName(t.File)))}.");
        }

        return ranked.OrderBy(r => r.Rank).ToList();
    }

    private static long TrailingNumber(string fileName)
    {
        var stem = fileName.EndsWith(".et", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var start = stem.Length;
        while (start > 0 && char.IsAsciiDigit(stem[start - 1]))
        {
            start--;
        }

        return start < stem.Length && stem.Length - start <= 9 ? long.Parse(stem[start..], CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>One rank's file as parsed: its node's identity, its graph nodes and their dependencies.</summary>
    internal sealed class RankFile(string file, long rank)
    {
        public string File { get; } = file;
        public long Rank { get; } = rank;
        public string? NodeName { get; set; }
        public NodeRole Role { get; set; } = NodeRole.Worker;
        public int Task { get; set; } = -1;
        public ChakraNodeRecord[] Nodes { get; set; } = [];
        public List<ulong> Deps { get; set; } = [];
        public List<byte[]> Arena { get; set; } = [];
    }

    private static RankFile Parse(string file, long rank)
    {
        var result = new RankFile(file, rank);
        var decoder = new ChakraNodeDecoder();
        // A first pass over the framing alone (cheap) sizes the nodes' array once: no growth, no copies.
        var messages = 0;
        ChakraStream.Read(file, (ReadOnlySpan<byte> _) => messages++);
        if (messages > TraceLimits.MaxOpsPerStep)
        {
            // Refused before the nodes' array is made: each node costs far more decoded than framed.
            throw new InvalidTraceException(file,
                $"holds {Counts.Of(messages, "node")}; a Chakra trace is one step of one rank, and a step may hold at most {TraceLimits.MaxOpsPerStep:N0} ops.");
        }

        decoder.Reserve(messages);
        var metadata = ChakraStream.Read(file, decoder.Add);
        result.Nodes = decoder.Count == decoder.Records.Length ? decoder.Records : decoder.Records[..decoder.Count];
        result.Deps = decoder.Deps;
        result.Arena = decoder.Arena;
        foreach (var a in metadata.Attr)
        {
            switch (a.Name)
            {
                case ChakraAttributes.NodeName:
                    result.NodeName = ChakraAttributes.Text(a);
                    break;
                case ChakraAttributes.NodeRole:
                    result.Role = ChakraAttributes.Text(a) switch { "ps" => NodeRole.ParameterServer, "worker" => NodeRole.Worker, _ => NodeRole.Other };
                    break;
                case ChakraAttributes.TaskIndex:
                    result.Task = (int)(ChakraAttributes.Integer(a) ?? -1);
                    break;
            }
        }

        return result;
    }

    /// <summary>The schema's name of a node type (<c>COMP_NODE</c>), or its number when the schema has none.</summary>
    internal static string NodeTypeName(NodeType type) =>
        EtDefReflection.Descriptor.FindTypeByName<EnumDescriptor>("NodeType").FindValueByNumber((int)type)?.Name ?? $"NODE_TYPE_{(int)type}";
}
