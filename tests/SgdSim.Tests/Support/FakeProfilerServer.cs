using System.Net;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SgdSim.Capture.Wire;

namespace SgdSim.Tests.Support;

/// <summary>
/// A profiler server that behaves as TensorFlow's does: it sleeps for <c>opts.duration_ms</c> (plus
/// <see cref="ExtraDelay"/>), writes <see cref="Profile"/> to <c>&lt;repository_root&gt;/&lt;session_id&gt;/&lt;host&gt;.xplane.pb</c>
/// (colons replaced, as TF does) unless it is null, and answers with an empty response; or, with
/// <see cref="Behaviour.InReply"/>, returns the profile in the response's tool data and writes nothing.
/// Runs in-process on Kestrel at 127.0.0.1 on a free port, HTTP/2 without TLS, as TF's server speaks.
/// </summary>
internal sealed class FakeProfilerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeProfilerServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary><c>127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    public Behaviour State => _app.Services.GetRequiredService<Behaviour>();

    public static Task<FakeProfilerServer> StartAsync(byte[]? profile, TimeSpan extraDelay = default, bool inReply = false) =>
        StartAsync(new Behaviour { Profile = profile, ExtraDelay = extraDelay, InReply = inReply });

    public static async Task<FakeProfilerServer> StartAsync(Behaviour behaviour)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(behaviour);
        var app = builder.Build();
        app.MapGrpcService<Service>();
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new FakeProfilerServer(app, $"127.0.0.1:{url.Port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>What the server does, and what it was asked.</summary>
    internal sealed class Behaviour
    {
        public byte[]? Profile { get; init; }

        public TimeSpan ExtraDelay { get; init; }

        /// <summary>Return the profile in the reply's tool data instead of writing it, as some servers do.</summary>
        public bool InReply { get; init; }

        /// <summary>A status to fail the call with, after writing the profile (if any), instead of answering.</summary>
        public Status? Fails { get; init; }

        /// <summary>Tool data to answer with: a response of this many bytes.</summary>
        public int ResponseBytes { get; init; }

        public ProfileRequest? LastRequest { get; set; }

        public TimeSpan Slept { get; set; }
    }

    private sealed class Service(Behaviour behaviour) : ProfilerService.ProfilerServiceBase
    {
        public override async Task<ProfileResponse> Profile(ProfileRequest request, ServerCallContext context)
        {
            behaviour.LastRequest = request;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromMilliseconds(request.Opts.DurationMs) + behaviour.ExtraDelay, context.CancellationToken);
            behaviour.Slept = watch.Elapsed;
            if (behaviour.Profile is { } reply && behaviour.InReply)
            {
                return new ProfileResponse { ToolData = { new ProfileToolData { Name = $"{request.HostName.Replace(':', '_')}.xplane.pb", Data = Google.Protobuf.ByteString.CopyFrom(reply) } } };
            }

            if (behaviour.Profile is { } bytes)
            {
                var folder = Path.Combine(request.RepositoryRoot, request.SessionId);
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, $"{request.HostName.Replace(':', '_')}.xplane.pb"), bytes);
            }

            if (behaviour.Fails is { } status)
            {
                throw new RpcException(status);
            }

            return behaviour.ResponseBytes == 0
                ? new ProfileResponse()
                : new ProfileResponse { ToolData = { new ProfileToolData { Name = "trace.json.gz", Data = Google.Protobuf.ByteString.CopyFrom(new byte[behaviour.ResponseBytes]) } } };
        }
    }
}
