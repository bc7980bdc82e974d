using System.Text.Json;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>The scenario options of predict, inspect and compare on the bundled PyTorch trace, and their refusals.</summary>
public sealed class ScenarioCliTests
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static readonly string[] Small = ["--replicas", "3", "--steps", "10"];

    [Fact]
    public void Compare_runs_every_policy_with_gains_over_tf_default_that_match_their_throughputs()
    {
        var result = CliRunner.Run(["compare", Trace, "--workers", "1,3", "--json", .. Small]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var policies = doc.RootElement.GetProperty("policies").EnumerateArray().ToArray();
        Assert.Equal(["tf-default", "fifo", "tic", "tac", "p3"], policies.Select(p => p.GetProperty("policy").GetString()));
        Assert.Equal("tf-default", doc.RootElement.GetProperty("baseline").GetString());
        var baseline = policies[0].GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("throughput_steps_per_s").GetDouble()).ToArray();
        foreach (var policy in policies)
        {
            var rows = policy.GetProperty("predictions").EnumerateArray().ToArray();
            Assert.Equal([1, 3], rows.Select(r => r.GetProperty("workers").GetInt32()));
            for (var k = 0; k < rows.Length; k++)
            {
                var expected = (rows[k].GetProperty("throughput_steps_per_s").GetDouble() / baseline[k]) - 1;
                Assert.Equal(expected, rows[k].GetProperty("gain").GetDouble(), 3);
            }
        }
    }

    [Fact]
    public void Compare_prints_a_row_per_policy_and_worker_count()
    {
        var result = CliRunner.Run(["compare", Trace, "--workers", "2", "--policies", "fifo,tf-default,p3", .. Small]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gain over tf-default", result.Stdout, StringComparison.Ordinal);
        foreach (var policy in new[] { "fifo", "tf-default", "p3" })
        {
            Assert.Single(result.Stdout.Split('\n'), l => l.Contains($" {policy} ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Shards_reported_by_inspect_and_predict_hold_every_parameter_and_every_byte()
    {
        var inspect = CliRunner.Run("inspect", Trace, "--ps", "2", "--placement", "greedy-bytes", "--json");
        var predict = CliRunner.Run(["predict", Trace, "--workers", "2", "--ps", "2", "--placement", "greedy-bytes", "--json", .. Small]);

        Assert.Equal(0, inspect.ExitCode);
        Assert.Equal(0, predict.ExitCode);
        using var summary = JsonDocument.Parse(inspect.Stdout);
        using var prediction = JsonDocument.Parse(predict.Stdout);
        var shards = summary.RootElement.GetProperty("shards").EnumerateArray().ToArray();
        Assert.Equal(2, shards.Length);
        Assert.Equal(summary.RootElement.GetProperty("parameters").GetProperty("count").GetInt32(), shards.Sum(s => s.GetProperty("parameters").GetArrayLength()));
        Assert.Equal(summary.RootElement.GetProperty("bytes_per_step").GetProperty("to_workers").GetInt64(), shards.Sum(s => s.GetProperty("bytes_to_worker_per_step").GetInt64()));
        Assert.Equal(shards.Select(s => s.GetProperty("bytes_to_worker_per_step").GetInt64()),
            prediction.RootElement.GetProperty("scenario").GetProperty("shards").EnumerateArray().Select(s => s.GetProperty("bytes_to_worker_per_step").GetInt64()));
        Assert.Equal(2, prediction.RootElement.GetProperty("predictions")[0].GetProperty("shard_send_utilisation").GetArrayLength());
    }

    [Fact]
    public void Allreduce_has_no_parameter_server_and_is_bound_by_worker_NICs_or_compute()
    {
        var result = CliRunner.Run(["predict", Trace, "--workers", "1,4", "--mode", "allreduce", "--json", .. Small]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("scenario").GetProperty("ps_shards").GetInt32());
        foreach (var row in doc.RootElement.GetProperty("predictions").EnumerateArray())
        {
            Assert.Equal(0, row.GetProperty("ps_send_utilisation").GetDouble());
            Assert.Contains(row.GetProperty("bottleneck").GetString(), new[] { "worker-network", "worker-compute" });
        }
    }

    [Theory]
    [InlineData("--policy", "fastest", "'fastest' is not a policy")]
    [InlineData("--placement", "random", "'random' is not a placement")]
    [InlineData("--mode", "bsp", "'bsp' is not a training mode")]
    [InlineData("--mode", "ssp:-1", "staleness bound of 0 or more")]
    [InlineData("--mode", "ssp:x", "staleness bound of 0 or more")]
    [InlineData("--ps", "0", "--ps must be 1 or more")]
    [InlineData("--ps", "99", "only 6 parameters")]
    [InlineData("--worker-speed", "1,0.5", "2 worker speeds for 4 workers")]
    [InlineData("--worker-speed", "1,1,1,1,1", "5 worker speeds for at most 4 workers")]
    [InlineData("--worker-speed", "1,-1,1,1", "'-1' is not a number from 0.001 to 1000")]
    [InlineData("--stragglers", "1:-2", "not COUNT:FACTOR")]
    [InlineData("--stragglers", "x:2", "not COUNT:FACTOR")]
    [InlineData("--slice-bytes", "0", "--slice-bytes must be 1 to 1099511627776 bytes")]
    [InlineData("--worker-bandwidth", "fast", "--worker-bandwidth")]
    [InlineData("--ps-bandwidth", "1Gbps,2Gbps,3Gbps", "3 parameter-server NIC rates for 1 shard:")]
    public void Bad_scenario_options_are_refused_in_one_line(string option, string value, string problem)
    {
        var result = CliRunner.Run("predict", Trace, "--workers", "1-4", option, value);

        Refusal.AssertOneLine(result, problem);
    }

    [Fact]
    public void Worker_speeds_and_stragglers_together_are_refused()
    {
        var result = CliRunner.Run("predict", Trace, "--workers", "2", "--worker-speed", "1,1", "--stragglers", "1:2");

        Refusal.AssertOneLine(result, "--worker-speed and --stragglers cannot be used together");
    }

    [Fact]
    public void Compare_refuses_an_unknown_policy_and_inspect_too_many_shards()
    {
        Refusal.AssertOneLine(CliRunner.Run("compare", Trace, "--workers", "2", "--policies", "tic,nope"), "'nope' is not a policy");
        Refusal.AssertOneLine(CliRunner.Run("inspect", Trace, "--ps", "9"), "only 6 parameters");
    }
}
