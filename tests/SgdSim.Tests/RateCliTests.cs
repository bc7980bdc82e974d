using System.Text.Json;
using SgdSim.Calibration;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>NIC rates on the command line: B is bytes and b bits in every option that reads one, what could be read
/// two ways is refused, and the rate understood is echoed in bits/s and bytes/s.</summary>
public sealed class RateCliTests : IDisposable
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static readonly string[] Small = ["--workers", "1,4", "--replicas", "2", "--steps", "8"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static double[] Throughputs(JsonElement root) =>
        [.. root.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("throughput_steps_per_s").GetDouble())];

    [Fact]
    public void One_gigabyte_per_second_runs_as_eight_gigabits_not_one()
    {
        var bytes = Json(["predict", Trace, .. Small, "--bandwidth", "1GB/s"]);
        var eightBits = Json(["predict", Trace, .. Small, "--bandwidth", "8Gbps"]);
        var oneBit = Json(["predict", Trace, .. Small, "--bandwidth", "1Gbps"]);

        Assert.Equal(8e9, bytes.GetProperty("bandwidth_bits_per_s").GetDouble());
        Assert.Equal(8e9 * Bandwidth.TcpGoodputShare, bytes.GetProperty("calibration").GetProperty("link_capacity_bits_per_s").GetDouble(), 0);
        Assert.Equal(Throughputs(eightBits), Throughputs(bytes));
        Assert.NotEqual(Throughputs(oneBit), Throughputs(bytes));
        Assert.Equal(1e9, oneBit.GetProperty("bandwidth_bits_per_s").GetDouble());
    }

    [Theory]
    [InlineData("1GB/s", "--bandwidth 1GB/s: 8 Gbit/s = 1 GB/s nominal")]
    [InlineData("125MB/s", "--bandwidth 125MB/s: 1 Gbit/s = 125 MB/s nominal")]
    [InlineData("125MBps", "--bandwidth 125MBps: 1 Gbit/s = 125 MB/s nominal")]
    [InlineData("10Gbit/s", "--bandwidth 10Gbit/s: 10 Gbit/s = 1.25 GB/s nominal")]
    public void The_header_says_how_the_rate_was_read_in_bits_and_bytes(string rate, string line)
    {
        var result = CliRunner.Run(["predict", Trace, .. Small, "--bandwidth", rate]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"  {line}", result.Stdout.Split('\n')[1].TrimEnd('\r'));
    }

    [Fact]
    public void Worker_and_ps_rates_are_echoed_and_in_the_json_in_bits_per_second()
    {
        string[] args = ["predict", Trace, .. Small, "--worker-bandwidth", "1.25GB/s", "--ps-bandwidth", "25Gbps"];
        var text = CliRunner.Run(args);
        var json = Json(args);

        Assert.Contains("  --worker-bandwidth 1.25GB/s: 10 Gbit/s = 1.25 GB/s nominal", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("  --ps-bandwidth 25Gbps: 25 Gbit/s = 3.125 GB/s nominal", text.Stdout, StringComparison.Ordinal);
        Assert.Equal([10e9], json.GetProperty("worker_bandwidth_bits_per_s").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([25e9], json.GetProperty("ps_bandwidth_bits_per_s").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("bandwidth_bits_per_s").ValueKind);
    }

    [Fact]
    public void Compare_and_sweep_echo_the_rates_too()
    {
        var compare = CliRunner.Run(["compare", Trace, .. Small, "--policies", "fifo", "--bandwidth", "1GB/s"]);
        var sweep = CliRunner.Run(["sweep", Trace, .. Small, "--bandwidth", "1GB/s,calibrated", "--out", _dir.File("sweep")]);
        var compareJson = Json(["compare", Trace, .. Small, "--policies", "fifo", "--bandwidth", "1GB/s"]);

        Assert.Contains("  --bandwidth 1GB/s: 8 Gbit/s = 1 GB/s nominal", compare.Stdout, StringComparison.Ordinal);
        Assert.Contains("  --bandwidth 1GB/s,calibrated: 8 Gbit/s = 1 GB/s, calibrated nominal", sweep.Stdout, StringComparison.Ordinal);
        Assert.Equal(8e9, compareJson.GetProperty("bandwidth_bits_per_s").GetDouble());
    }

    [Theory]
    [InlineData("predict", "--bandwidth", "1G", "does not say bits (b) or bytes (B)")]
    [InlineData("predict", "--bandwidth", "1g", "does not say bits (b) or bytes (B)")]
    [InlineData("predict", "--bandwidth", "1000000000", "has no unit")]
    [InlineData("predict", "--bandwidth", "1e9", "has no unit")]
    [InlineData("predict", "--bandwidth", "1GB", "is an amount, not a rate")]
    [InlineData("predict", "--bandwidth", "10gbps", "lower-case prefix")]
    [InlineData("predict", "--worker-bandwidth", "1G", "does not say bits")]
    [InlineData("predict", "--worker-bandwidth", "1Gbps,1e9", "has no unit")]
    [InlineData("predict", "--ps-bandwidth", "10G", "does not say bits")]
    [InlineData("compare", "--bandwidth", "1G", "does not say bits")]
    [InlineData("validate", "--bandwidth", "1G", "does not say bits")]
    [InlineData("sweep", "--bandwidth", "1Gbps,1G", "does not say bits")]
    public void An_ambiguous_rate_is_refused_in_one_line_naming_the_option_and_the_forms(string command, string option, string rate, string problem)
    {
        string[] required = command switch
        {
            "validate" => ["--measured", _dir.File("measured.csv")],
            "sweep" => ["--workers", "2", "--out", _dir.File("out")],
            _ => ["--workers", "2"],
        };

        var result = CliRunner.Run([command, Trace, .. required, option, rate]);

        Refusal.AssertOneLine(result, $"{option}: '", problem, "b = bits, B = bytes", "10Gbps", "1.25GB/s");
    }
}
