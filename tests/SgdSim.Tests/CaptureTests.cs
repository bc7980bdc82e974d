using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SgdSim.Capture;
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
    [Fact]
    public async Task A_server_that_fails_with_a_message_of_several_lines_is_refused_in_one_line()
    {
        await using var server = await FakeProfilerServer.StartAsync(new FakeProfilerServer.Behaviour
        {
            Fails = new Grpc.Core.Status(Grpc.Core.StatusCode.Internal, "profiler session failed:\n  device tracer: CUPTI_ERROR_INSUFFICIENT_PRIVILEGES\r\n  host tracer: ok"),
        });

        var result = await Capture("--host", server.Address, "--logdir", _dir.File("logs"), "--duration-ms", "10");

        Refusal.AssertOneLine(result, $"the profiler server at {server.Address} failed: Internal:", "CUPTI_ERROR_INSUFFICIENT_PRIVILEGES", "host tracer: ok");
    }

    [Fact]
    public async Task A_server_that_writes_an_empty_profile_is_refused_naming_it()
    {
        await using var server = await FakeProfilerServer.StartAsync([]);

        var result = await Capture("--host", server.Address, "--logdir", _dir.File("logs"), "--duration-ms", "10");

        Refusal.AssertOneLine(result, "127.0.0.1.xplane.pb", "empty");
    }

    [Fact]
    public async Task A_server_that_writes_something_else_than_an_XSpace_is_refused_naming_it()
    {
        await using var server = await FakeProfilerServer.StartAsync(System.Text.Encoding.UTF8.GetBytes("{\"traceEvents\": []}"));

        var result = await Capture("--host", server.Address, "--logdir", _dir.File("logs"), "--duration-ms", "10");

        Refusal.AssertOneLine(result, "127.0.0.1.xplane.pb");
    }

    [Fact]
    public async Task A_server_that_answers_more_than_the_answer_may_hold_is_refused()
    {
        // The limit is 1 GiB; a smaller one, as the library takes, checks the refusal without a reply that large.
        await using var server = await FakeProfilerServer.StartAsync(new FakeProfilerServer.Behaviour { Profile = XSpaceBuilder.WorkerStep().ToBytes(), ResponseBytes = 5 << 20 });

        var refused = await Assert.ThrowsAsync<ProfilerCaptureException>(() =>
            ProfilerCapture.CaptureAsync(new CaptureOptions(server.Address, _dir.File("logs"), 10, MaxReplyBytes: 4 << 20)));

        Assert.Contains($"{server.Address} answered with more than 4.0 MiB", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ResourceExhausted", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")]
    [InlineData("")]
    [InlineData("\0\0\0\u0004\0\0\0\0\0garbage that is not an HTTP/2 frame")]
    public async Task A_server_that_does_not_speak_gRPC_is_refused(string reply)
    {
        // Reads what the client sends, answers with the reply (or nothing) and hangs up.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var serve = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                var stream = client.GetStream();
                _ = await stream.ReadAtLeastAsync(new byte[4096], 1, throwOnEndOfStream: false, stop.Token);
                await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(reply), stop.Token);
            }
        });

        try
        {
            var watch = Stopwatch.StartNew();
            var result = await Capture("--host", $"127.0.0.1:{port}", "--logdir", _dir.File("logs"), "--duration-ms", "10", "--grace-ms", "3000");

            Refusal.AssertOneLine(result, $"127.0.0.1:{port}");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
            await Assert.ThrowsAnyAsync<Exception>(() => serve);
        }
    }
}
