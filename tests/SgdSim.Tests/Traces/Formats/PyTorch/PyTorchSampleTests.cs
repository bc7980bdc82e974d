using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// <c>samples/pytorch-rpc-ps/ps_job.py</c> run for real (where PyTorch is installed): its worker profiles under a
/// <c>torch.profiler</c> schedule, and the role and clock spans it opens in every step are in what the schedule
/// exports, so <c>sgdsim inspect</c> names both nodes and puts both files on one clock.
/// </summary>
public sealed class PyTorchSampleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [TorchFact]
    public void The_samples_role_and_clock_spans_survive_its_profiler_schedule()
    {
        var output = _dir.File("trace");
        var start = new ProcessStartInfo(TorchFactAttribute.Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(Paths.RepositoryRoot, "samples", "pytorch-rpc-ps", "ps_job.py"), "--out", output, "--steps", "3", "--port", $"{29600 + (Environment.ProcessId % 300)}" })
        {
            start.ArgumentList.Add(arg);
        }

        using (var job = Process.Start(start)!)
        {
            var stderr = job.StandardError.ReadToEndAsync();
            job.StandardOutput.ReadToEnd();
            Assert.True(job.WaitForExit(TimeSpan.FromMinutes(3)), "the sample did not finish in 3 minutes");
            Assert.True(job.ExitCode == 0, stderr.Result);
        }

        using var worker = JsonDocument.Parse(new GZipStream(File.OpenRead(Path.Combine(output, "worker0.json.gz")), CompressionMode.Decompress));
        var events = worker.RootElement.ValueKind == JsonValueKind.Array ? worker.RootElement : worker.RootElement.GetProperty("traceEvents");
        var names = events.EnumerateArray().Select(e => e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "").ToList();
        Assert.Equal(3, names.Count(n => n == "sgdsim.role/worker/0")); // one per exported (active) step
        Assert.Equal(3, names.Count(n => n.StartsWith("sgdsim.clock/", StringComparison.Ordinal)));

        var inspect = CliRunner.Run("inspect", output);
        Assert.True(inspect.ExitCode == 0, inspect.Stderr);
        Assert.Contains("ps      ps:0", inspect.Stdout, StringComparison.Ordinal);
        Assert.Contains("worker  worker:0", inspect.Stdout, StringComparison.Ordinal);
    }
}

/// <summary>A fact that needs a Python with PyTorch's RPC (Debian's <c>python3-torch</c>); skipped where there is none.</summary>
internal sealed class TorchFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";

    public TorchFactAttribute()
    {
        if (!HasTorch.Value)
        {
            Skip = $"{Python} cannot import torch.distributed.rpc here (apt-get install python3-torch).";
        }
    }

    private static readonly Lazy<bool> HasTorch = new(() =>
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import torch.distributed.rpc");
        using var probe = Process.Start(start)!;
        probe.StandardOutput.ReadToEnd();
        probe.StandardError.ReadToEnd();
        return probe.WaitForExit(TimeSpan.FromSeconds(60)) && probe.ExitCode == 0;
    });
}
