using System.Globalization;
using System.Text;
using System.Xml;
using SgdSim.Graph;
using SgdSim.Traces;

namespace SgdSim.Reports;

/// <summary>Writes a step graph for Graphviz (DOT) or for graph tools that read GraphML (Gephi, yEd, NetworkX).</summary>
public static class GraphWriters
{
    /// <summary>Writes DOT: one box per op coloured by kind, dashed inferred edges, the critical path in bold red.</summary>
    public static void WriteDot(StepGraph graph, TextWriter writer)
    {
        var ops = graph.Step.Ops;
        var critical = CriticalEdges(graph, out var criticalOps);
        writer.WriteLine($"digraph \"step {graph.Step.Index}\" {{");
        writer.WriteLine("  rankdir=LR;");
        writer.WriteLine("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];");
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            // Two lines: the name, then type, duration and size; "\\n" is DOT's line break inside a label.
            var label = $"{Escape(op.Name)}\\n{Escape(op.Type)} · {Durations.Format(op.DurationNs / 1e9, "0.###")}" + (op.Bytes is { } b ? $" · {FormatBytes(b)}" : "");
            var extra = criticalOps.Contains(i) ? ", penwidth=2.5, color=\"#c0392b\"" : "";
            writer.WriteLine($"  n{i} [label=\"{label}\", fillcolor=\"{Colour(op.Kind)}\"{extra}];");
        }

        foreach (var edge in graph.Graph.Edges.OrderBy(e => e.Source).ThenBy(e => e.Target))
        {
            var attributes = new List<string>();
            if (edge.Kind == EdgeKind.Inferred) attributes.Add("style=dashed");
            if (critical.Contains((edge.Source, edge.Target))) attributes.Add("penwidth=2.5, color=\"#c0392b\"");
            var suffix = attributes.Count > 0 ? $" [{string.Join(", ", attributes)}]" : "";
            writer.WriteLine($"  n{edge.Source} -> n{edge.Target}{suffix};");
        }

        writer.WriteLine("}");
    }

    /// <summary>Writes GraphML with op attributes (name, type, kind, node, device, times, bytes) and edge kinds.</summary>
    public static void WriteGraphMl(StepGraph graph, TextWriter writer)
    {
        var ops = graph.Step.Ops;
        var trace = graph.Trace;
        var critical = CriticalEdges(graph, out var criticalOps);
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        (string Id, string For, string Name, string Type)[] keys =
        [
            ("name", "node", "name", "string"), ("type", "node", "type", "string"), ("kind", "node", "kind", "string"),
            ("node", "node", "node", "string"), ("device", "node", "device", "string"), ("start_ns", "node", "start_ns", "long"),
            ("duration_ns", "node", "duration_ns", "long"), ("bytes", "node", "bytes", "long"),
            ("parameter", "node", "parameter", "string"), ("critical", "node", "critical", "boolean"),
            ("edge_kind", "edge", "kind", "string"), ("edge_critical", "edge", "critical", "boolean"),
        ];
        foreach (var key in keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", $"step{graph.Step.Index}");
        xml.WriteAttributeString("edgedefault", "directed");
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", $"n{i}");
            Data(xml, "name", op.Name);
            Data(xml, "type", op.Type);
            Data(xml, "kind", op.Kind.ToString());
            Data(xml, "node", trace.Nodes[op.Node].Name);
            Data(xml, "device", trace.Devices[op.Device].Name);
            Data(xml, "start_ns", op.StartNs.ToString(CultureInfo.InvariantCulture));
            Data(xml, "duration_ns", op.DurationNs.ToString(CultureInfo.InvariantCulture));
            if (op.Bytes is { } bytes) Data(xml, "bytes", bytes.ToString(CultureInfo.InvariantCulture));
            if (op.Parameter is { } parameter) Data(xml, "parameter", parameter);
            Data(xml, "critical", criticalOps.Contains(i) ? "true" : "false");
            xml.WriteEndElement();
        }

        foreach (var edge in graph.Graph.Edges.OrderBy(e => e.Source).ThenBy(e => e.Target))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("source", $"n{edge.Source}");
            xml.WriteAttributeString("target", $"n{edge.Target}");
            Data(xml, "edge_kind", edge.Kind == EdgeKind.Data ? "data" : "inferred");
            Data(xml, "edge_critical", critical.Contains((edge.Source, edge.Target)) ? "true" : "false");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static HashSet<(int, int)> CriticalEdges(StepGraph graph, out HashSet<int> ops)
    {
        var path = graph.CriticalPath().Ops;
        ops = [.. path];
        var edges = new HashSet<(int, int)>();
        for (var i = 1; i < path.Count; i++)
        {
            edges.Add((path[i - 1], path[i]));
        }

        return edges;
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static string Colour(OpKind kind) => kind switch
    {
        OpKind.Compute => "#aed6f1",
        OpKind.ParameterTransfer => "#abebc6",
        OpKind.GradientTransfer => "#f9e79f",
        OpKind.Update => "#f5b7b1",
        _ => "#e5e7e9",
    };

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>A byte count in binary units, e.g. <c>8.0 MiB</c>.</summary>
    public static string FormatBytes(long bytes) => Counts.Bytes(bytes);
}
