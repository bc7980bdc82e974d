using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SgdSim.Tests.Support;

/// <summary>Writes small PyTorch profiler (Kineto) JSON traces for tests, event by event.</summary>
internal sealed class KinetoJson
{
    private readonly List<string> _events = [];
    private readonly List<string> _header = ["\"schemaVersion\": 1", "\"deviceProperties\": []"];

    public const int Pid = 4242;
    public const int MainThread = 4242;

    public KinetoJson Distributed(int rank, int worldSize, string backend)
    {
        _header.Add($"\"distributedInfo\": {{\"backend\": \"{backend}\", \"rank\": {rank}, \"world_size\": {worldSize}}}");
        return this;
    }

    public KinetoJson BaseTime(long ns)
    {
        _header.Add($"\"baseTimeNanoseconds\": {ns}");
        return this;
    }

    /// <summary>A complete event; times in µs (written with three decimals, as Kineto does).</summary>
    public KinetoJson Slice(string cat, string name, double ts, double dur, long pid = Pid, long tid = MainThread, string args = "")
    {
        var a = args.Length == 0 ? "" : $", \"args\": {{{args}}}";
        _events.Add(string.Create(CultureInfo.InvariantCulture,
            $"{{\"ph\": \"X\", \"cat\": \"{cat}\", \"name\": \"{name}\", \"pid\": {pid}, \"tid\": {tid}, \"ts\": {ts:0.000}, \"dur\": {dur:0.000}{a}}}"));
        return this;
    }

    public KinetoJson Step(int number, double ts, double dur) => Slice("user_annotation", $"ProfilerStep#{number}", ts, dur);

    public KinetoJson Op(string name, double ts, double dur, long tid = MainThread) => Slice("cpu_op", name, ts, dur, tid: tid);

    public KinetoJson Flow(string cat, long id, bool start, double ts, long pid = Pid, long tid = MainThread)
    {
        var bp = start ? "" : ", \"bp\": \"e\"";
        _events.Add(string.Create(CultureInfo.InvariantCulture,
            $"{{\"ph\": \"{(start ? "s" : "f")}\", \"id\": {id}, \"pid\": {pid}, \"tid\": {tid}, \"ts\": {ts:0.000}, \"cat\": \"{cat}\", \"name\": \"{cat}\"{bp}}}"));
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder("{\n  ");
        sb.AppendJoin(",\n  ", _header);
        sb.Append(",\n  \"traceEvents\": [\n  ");
        sb.AppendJoin(",\n  ", _events);
        sb.Append("\n  ],\n  \"traceName\": \"test\"\n}\n");
        return sb.ToString();
    }

    public string WriteTo(string path)
    {
        File.WriteAllText(path, ToString());
        return path;
    }

    public string WriteGzipTo(string path)
    {
        File.WriteAllBytes(path, Gzip(Encoding.UTF8.GetBytes(ToString())));
        return path;
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
