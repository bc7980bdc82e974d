using System.Text;
using SgdSim.Cli;
using SgdSim.Cli.Output;
using SgdSim.Tests.Support;

namespace SgdSim.Fuzz;

/// <summary>Small valid inputs for each target to start from: the tests' own builders, the repository's smallest
/// traces, and tables written by sgdsim itself. AFL++ works best from a few inputs of a few kilobytes.</summary>
internal static class Seeds
{
    private const string Ps = "/job:ps/replica:0/task:0/device:CPU:0";
    private const string Worker = "/job:worker/replica:0/task:0/device:CPU:0";

    /// <summary>Writes <paramref name="target"/>'s seeds into <paramref name="folder"/>; returns how many.</summary>
    public static int Write(Target target, string folder)
    {
        var seeds = target.Name switch
        {
            "runmetadata" => RunMetadata(),
            "timeline" => [Timeline()],
            "xspace" => [XSpaceBuilder.WorkerStep().ToBytes(), XSpaceBuilder.WorkerStep(0).HostName("ps0:6009").ToBytes()],
            "kineto" => Kineto(),
            "chakra" => Chakra(),
            "detect" => [.. RunMetadata().Take(1), Timeline(), XSpaceBuilder.WorkerStep().ToBytes(), .. Kineto(), .. Chakra().Take(1)],
            "parquet" => Tables(),
            "args" => Arguments(),
            _ => throw new ArgumentException($"no seeds for {target.Name}"),
        };
        for (var i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"seed-{i:D2}"), seeds[i]);
        }

        return seeds.Count;
    }

    private static List<byte[]> RunMetadata()
    {
        var seeds = new List<byte[]> { RunMetadataBuilder.SimpleStep(1000).ToBytes() };
        // The smallest step the repository measured (about 7 KB), if the seeds are written from the repository.
        var measured = Path.Combine("traces", "measured", "mlp-b32-200mbit", "trace", "step-0001.runmeta.pb");
        if (File.Exists(measured))
        {
            seeds.Add(File.ReadAllBytes(measured));
        }

        return seeds;
    }

    private static byte[] Timeline() => Encoding.UTF8.GetBytes($$$"""
        {"traceEvents": [
          {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "{{{Ps}}} Compute"}},
          {"ph": "M", "pid": 2, "name": "process_name", "args": {"name": "{{{Worker}}} Compute"}},
          {"ph": "M", "pid": 3, "name": "process_name", "args": {"name": "{{{Worker}}} Tensors"}},
          {"ph": "X", "pid": 1, "tid": 0, "ts": 100, "dur": 2, "name": "Identity", "args": {"name": "w/read", "op": "Identity", "input0": "w"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 100, "dur": 40, "name": "RecvTensor", "args": {"name": "RecvTensor", "op": "RecvTensor"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 145, "dur": 10, "name": "MatMul", "args": {"name": "mm", "op": "MatMul", "input0": "x", "input1": "w/read_S1"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 180, "dur": 10, "name": "Summary", "args": {"name": "summary", "op": "Summary"}},
          {"ph": "s", "pid": 2, "tid": 0, "ts": 175, "id": 7, "name": "mm", "cat": "DataFlow"},
          {"ph": "t", "pid": 2, "tid": 0, "ts": 180, "id": 7, "name": "mm", "cat": "DataFlow"}
        ]}
        """);

    private static List<byte[]> Kineto()
    {
        var worker = new KinetoJson()
            .Slice("user_annotation", "sgdsim.role/worker/0", 990, 1)
            .Step(1, 1000, 1000)
            .Op("aten::zeros", 1001, 2)
            .Slice("user_annotation", "sgdsim.pull/w/4096", 1010, 100)
            .Slice("user_annotation", "sgdsim.use/w", 1200, 100)
            .Op("aten::linear", 1220, 70)
            .Slice("user_annotation", "sgdsim.push/w/4096", 1500, 200);
        var gpu = new KinetoJson()
            .Distributed(rank: 0, worldSize: 2, backend: "nccl")
            .BaseTime(1_000_000)
            .Step(1, 1000, 1000)
            .Op("aten::linear", 1010, 90)
            .Slice("cuda_runtime", "cudaLaunchKernel", 1030, 10)
            .Flow("ac2g", 7, start: true, 1030)
            .Slice("kernel", "void gemm_kernel<float, 128>(float*, int)", 1200, 50, pid: 0, tid: 7)
            .Flow("ac2g", 7, start: false, 1200, pid: 0, tid: 7);
        var text = Encoding.UTF8.GetBytes(worker.ToString());
        return [text, Encoding.UTF8.GetBytes(gpu.ToString()), KinetoJson.Gzip(text)];
    }

    private static List<byte[]> Chakra() =>
    [
        new EtFileBuilder().Comp(0, "first", 10).Comp(1, "second", 20, 0).ToBytes(),
        new EtFileBuilder().Comp(0, "produce", 3).Send(1, "move", 1, 7, 64, 0).Recv(2, "back", 1, 8, 64, 1).Comp(3, "consume", 1, 2).ToBytes(),
    ];

    // A sweep table and a predictions table of the bundled PyTorch trace, as sgdsim writes them.
    private static List<byte[]> Tables()
    {
        var trace = Path.Combine("traces", "pytorch-rpc-mlp");
        if (!Directory.Exists(trace))
        {
            throw new InvalidOperationException("parquet seeds are written from the repository's root (they need traces/pytorch-rpc-mlp).");
        }

        var output = Path.Combine(Path.GetTempPath(), $"sgdsim-fuzz-seeds-{Environment.ProcessId}");
        try
        {
            Sgdsim("sweep", trace, "--workers", "1-2", "--replicas", "1", "--steps", "20", "--out", Path.Combine(output, "sweep"));
            Sgdsim("predict", trace, "--workers", "2", "--replicas", "1", "--steps", "20", "--out", Path.Combine(output, "predict"));
            return [.. Directory.GetFiles(output, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static void Sgdsim(params string[] args)
    {
        var stderr = new StringWriter();
        var code = SgdSimCli.RunAsync(args, TextWriter.Null, stderr, new Terminal(null, null, false)).GetAwaiter().GetResult();
        if (code != ExitCodes.Ok)
        {
            throw new InvalidOperationException($"sgdsim {string.Join(' ', args)} exited {code}: {stderr}");
        }
    }

    private static List<byte[]> Arguments() =>
    [
        .. new[]
        {
            "predict\ntrace\n--workers\n1-8\n--batch\n64\n--bandwidth\n1Gbit/s",
            "sweep\ntrace\n--workers\n1,2,4\n--mode\nasync,sync\n--out\nout\n--shard\n1/2",
            "predict\ntrace\n--workers\n4\n--worker-speed\n1,0.5,1,1\n--precision\n0.01",
            "inspect\ntrace\n--warmup\n2\n--ps\n2\n--json",
            "compare\ntrace\n--workers\n1-4\n--stragglers\n1:2",
            "plot\nsweep.parquet\n--x\nworkers\n--where\nmode=sync",
            "@args.rsp",
            "help\npredict",
        }.Select(Encoding.UTF8.GetBytes),
    ];
}
