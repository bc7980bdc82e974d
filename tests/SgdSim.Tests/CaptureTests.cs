using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary><c>sgdsim capture</c> against an in-process profiler server that behaves as TensorFlow's.</summary>
public sealed class CaptureTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Task<CliRunner.Result> Capture(params string[] args) => Task.Run(() => CliRunner.Run(["capture", .. args]));

    [Fact]
    public async Task A_capture_asks_for_the_duration_reads_the_profile_the_server_wrote_and_copies_it()
    {
        var profile = XSpaceBuilder.WorkerStep().ToBytes();
        await using var server = await FakeProfilerServer.StartAsync(profile);
        var logDir = _dir.File("logs");
        var output = _dir.File("worker0.xplane.pb");

        var watch = Stopwatch.StartNew();
        var result = await Capture("--host", server.Address, "--logdir", logDir, "--duration-ms", "30", "--out", output);
        watch.Stop();

        Assert.True(result.ExitCode == 0, result.Stderr);
        var request = server.State.LastRequest!;
        Assert.Equal(30ul, request.Opts.DurationMs);
        Assert.Equal(Path.Combine(Path.GetFullPath(logDir), "plugins", "profile"), request.RepositoryRoot); // where TensorBoard looks
        Assert.NotEmpty(request.SessionId);
        Assert.True(watch.ElapsedMilliseconds >= 30);
        Assert.Equal(profile, File.ReadAllBytes(output));
        Assert.Contains($"session {request.SessionId}", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Path.GetFullPath(logDir), "plugins", "profile", request.SessionId, "127.0.0.1.xplane.pb"), result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Steps      1, 4 ops, 1 transfer", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("/job:worker/replica:0/task:0/device:GPU:0  2 ops", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(_dir.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_that_writes_nothing_is_refused_with_where_the_profile_was_looked_for()
    {
        await using var server = await FakeProfilerServer.StartAsync(profile: null);
        var logDir = _dir.File("logs");

        var result = await Capture("--host", server.Address, "--logdir", logDir, "--duration-ms", "10");

        Refusal.AssertOneLine(result, server.Address, "no .xplane.pb appeared under " + Path.Combine(Path.GetFullPath(logDir), "plugins", "profile"), "its reply held none", "--logdir must be a path both machines reach");
    }

    [Fact]
    public async Task A_profile_in_the_servers_reply_is_written_where_TensorBoard_looks_and_read()
    {
        var profile = XSpaceBuilder.WorkerStep().ToBytes();
        await using var server = await FakeProfilerServer.StartAsync(profile, inReply: true);
        var logDir = _dir.File("logs");

        var result = await Capture("--host", server.Address, "--logdir", logDir, "--duration-ms", "10");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var written = Path.Combine(Path.GetFullPath(logDir), "plugins", "profile", server.State.LastRequest!.SessionId, "127.0.0.1.xplane.pb");
        Assert.Equal(profile, File.ReadAllBytes(written));
        Assert.Contains(written, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Steps      1, 4 ops, 1 transfer", result.Stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(written)!)); // no temporary file left beside it
    }

    [Fact]
    public async Task A_server_slower_than_the_deadline_is_refused()
    {
        await using var server = await FakeProfilerServer.StartAsync(XSpaceBuilder.WorkerStep().ToBytes(), extraDelay: TimeSpan.FromSeconds(5));

        var watch = Stopwatch.StartNew();
        var result = await Capture("--host", server.Address, "--logdir", _dir.File("logs"), "--duration-ms", "20", "--grace-ms", "200");

        Refusal.AssertOneLine(result, server.Address, "did not answer within 220 ms", "--grace-ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_refused()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Capture("--host", $"127.0.0.1:{port}", "--logdir", _dir.File("logs"), "--duration-ms", "10");

        Refusal.AssertOneLine(result, $"cannot reach a profiler server at 127.0.0.1:{port}", "tf.profiler.experimental.server.start");
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_is_refused()
    {
        var result = await Capture("--host", "no-such-host.invalid:6009", "--logdir", _dir.File("logs"), "--duration-ms", "10", "--grace-ms", "2000");

        Refusal.AssertOneLine(result, "cannot reach a profiler server at no-such-host.invalid:6009");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:port")]
    [InlineData("http://localhost:6009/path")]
    public async Task An_address_without_host_and_port_is_refused(string address)
    {
        var result = await Capture("--host", address, "--logdir", _dir.File("logs"));

        Refusal.AssertOneLine(result, $"'{address}' is not a profiler server address");
    }

    [Fact]
    public async Task Capture_needs_host_and_logdir()
    {
        Assert.Equal(2, (await Capture("--logdir", _dir.Path)).ExitCode);
        Assert.Equal(2, (await Capture("--host", "localhost:6009")).ExitCode);
        Assert.Equal(2, (await Capture("--host", "localhost:6009", "--logdir", _dir.Path, "--duration-ms", "0")).ExitCode);
    }
}
