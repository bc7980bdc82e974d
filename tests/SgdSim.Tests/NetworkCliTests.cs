using System.Text.Json;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>The network model's options (--sharing, --share-spread, --reverse-queueing) on the bundled PyTorch trace.</summary>
public sealed class NetworkCliTests
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static readonly string[] Small = ["--workers", "4", "--replicas", "3", "--steps", "20", "--json"];

    private static (double Throughput, JsonElement Network) Predict(params string[] extra)
    {
        var result = CliRunner.Run(["predict", Trace, .. Small, .. extra]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        return (root.GetProperty("predictions")[0].GetProperty("throughput_steps_per_s").GetDouble(),
            root.GetProperty("scenario").GetProperty("network").Clone());
    }

    [Fact]
    public void The_default_is_tcp_with_the_measured_spreads_and_reverse_queueing_and_the_json_says_so()
    {
        var (_, network) = Predict();

        Assert.Equal(0.08, network.GetProperty("share_spread").GetProperty("send").GetDouble());
        Assert.Equal(0.12, network.GetProperty("share_spread").GetProperty("receive").GetDouble());
        Assert.Equal([0.84, 0.54, 0.39], network.GetProperty("reverse_queueing").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void Fair_sharing_is_tcp_without_spread_or_reverse_queueing_and_predicts_otherwise()
    {
        var (fair, fairNetwork) = Predict("--sharing", "fair");
        var (even, _) = Predict("--share-spread", "0", "--reverse-queueing", "1");
        var (tcp, _) = Predict();

        Assert.Equal(0, fairNetwork.GetProperty("share_spread").GetProperty("receive").GetDouble());
        Assert.Empty(fairNetwork.GetProperty("reverse_queueing").EnumerateArray());
        Assert.Equal(fair, even);
        Assert.NotEqual(fair, tcp);
    }

    [Fact]
    public void Stronger_reverse_queueing_lowers_a_saturated_prediction()
    {
        var (mild, _) = Predict("--reverse-queueing", "0.9");
        var (strong, _) = Predict("--reverse-queueing", "0.3");

        Assert.True(strong < mild, $"{strong} with 0.3 is not below {mild} with 0.9");
    }

    [Theory]
    [InlineData("--share-spread", "0.1,0.2,0.3")]
    [InlineData("--share-spread", "-1")]
    [InlineData("--share-spread", "abc")]
    [InlineData("--reverse-queueing", "0")]
    [InlineData("--reverse-queueing", "1.5")]
    [InlineData("--reverse-queueing", "0.8,x")]
    public void Bad_values_are_refused_in_one_line(string option, string value)
    {
        var result = CliRunner.Run(["predict", Trace, "--workers", "2", option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Explain_marks_the_network_behaviour_as_measured_defaults_or_given()
    {
        var defaults = CliRunner.Run(["predict", Trace, "--workers", "2", "--replicas", "3", "--steps", "10", "--explain"]);
        var given = CliRunner.Run(["predict", Trace, "--workers", "2", "--replicas", "3", "--steps", "10", "--explain", "--share-spread", "0.2,0.3"]);

        Assert.Contains("share_spread = 0.08 sending, 0.12 receiving (physical default, measured on TCP)", defaults.Stdout);
        Assert.Contains("reverse_queueing = 0.84, 0.54, 0.39 (physical default, measured on TCP)", defaults.Stdout);
        Assert.Contains("share_spread = 0.2 sending, 0.3 receiving (given)", given.Stdout);
    }
}
