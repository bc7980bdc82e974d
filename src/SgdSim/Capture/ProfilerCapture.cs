using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using SgdSim.Capture.Wire;
using SgdSim.IO;
using SgdSim.Traces;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Capture;

/// <summary>What to capture.</summary>
/// <param name="Address">The profiler server, <c>HOST:PORT</c> (also <c>grpc://HOST:PORT</c>): the port a TF job
/// passed to <c>tf.profiler.experimental.server.start</c>.</param>
/// <param name="LogDir">A TensorBoard log folder: the profile goes under <c>plugins/profile/&lt;run&gt;/</c> in it, where
/// TensorBoard's profile plugin looks. A server that writes the profile itself does so on its own host, so this must
/// then be a path both reach (the same machine, or a shared file system).</param>
/// <param name="DurationMs">How long to profile, milliseconds.</param>
/// <param name="GraceMs">How long beyond the duration to wait for the server to collect and write the profile.</param>
/// <param name="OutPath">Where to copy the captured <c>.xplane.pb</c>, if anywhere.</param>
/// <param name="MaxReplyBytes">The largest reply taken (a reply may carry the whole profile); a larger one is refused
/// rather than buffered.</param>
public sealed record CaptureOptions(string Address, string LogDir, int DurationMs, int GraceMs = 30_000, string? OutPath = null,
    int MaxReplyBytes = ProfilerCapture.DefaultMaxReplyBytes);

/// <summary>What a capture produced.</summary>
/// <param name="SessionId">The run: the folder under <c>&lt;log folder&gt;/plugins/profile</c> that holds the profile.</param>
/// <param name="ProfilePath">The <c>.xplane.pb</c> in that folder: written by the server, or by this capture from the
/// server's reply.</param>
/// <param name="ProfileBytes">Its size.</param>
/// <param name="Trace">The profile, imported.</param>
/// <param name="ServerSaysEmpty">Whether the server reported the trace empty (no TF activity while it profiled).</param>
public sealed record CaptureResult(string SessionId, string ProfilePath, long ProfileBytes, Trace Trace, bool ServerSaysEmpty);

/// <summary>
/// A capture failed for a reason outside this process: the server cannot be reached, does not answer in time,
/// refuses, or writes no profile where it was asked to. An I/O failure of a remote, hence an <see cref="IOException"/>.
/// </summary>
public sealed class ProfilerCaptureException(string message, Exception? inner = null) : IOException(message, inner), INamesSettings
{
    private readonly FormattableString? _text;

    /// <summary>Creates the exception with a message that names settings (values of <see cref="Setting"/> among its
    /// arguments), in the library's words until <see cref="MessageNaming"/> words them otherwise.</summary>
    public ProfilerCaptureException(FormattableString message, Exception? inner = null)
        : this(Settings.Format(message, Settings.Describe), inner)
    {
        _text = message;
    }

    /// <inheritdoc/>
    public string MessageNaming(Func<Setting, string> nameOf) => _text is null ? Message : Settings.Format(_text, nameOf);
}

/// <summary>
/// Captures a profile from a running TF2 job through its profiler server (<c>tensorflow.ProfilerService/Profile</c>),
/// as TensorBoard's "capture profile" does, and imports it.
/// </summary>
/// <remarks>
/// The server profiles for <c>opts.duration_ms</c> (the request's top-level duration is ignored by current servers).
/// Current servers write the XSpace on their own host under <c>&lt;repository_root&gt;/&lt;session_id&gt;/&lt;host&gt;.xplane.pb</c>
/// and answer with no trace data; others return it in the reply's tool data, named <c>&lt;host&gt;.xplane.pb</c>. So, as
/// TensorBoard does, <c>&lt;log folder&gt;/plugins/profile</c> is passed as <c>repository_root</c> and a fresh session id
/// names the run; a profile in the reply is written there by this capture; and the newest <c>.xplane.pb</c> under
/// the run's folder is the profile.
/// </remarks>
public static class ProfilerCapture
{
    /// <summary>The largest reply a capture takes unless told otherwise: 1 GiB.</summary>
    public const int DefaultMaxReplyBytes = 1 << 30;

    /// <summary>Where TensorBoard's profile plugin reads runs from, under a log folder.</summary>
    public static string ProfilePluginFolder(string logDir) => Path.Combine(logDir, "plugins", "profile");

    /// <summary>Runs one capture.</summary>
    /// <exception cref="ProfilerCaptureException">The server is unreachable, too slow, refuses, or writes no profile.</exception>
    /// <exception cref="InvalidTraceException">The profile it wrote is not a usable trace.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static async Task<CaptureResult> CaptureAsync(CaptureOptions options, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.DurationMs);
        ArgumentOutOfRangeException.ThrowIfNegative(options.GraceMs);
        var address = ParseAddress(options.Address);
        var logDir = Path.GetFullPath(options.LogDir);
        var repository = ProfilePluginFolder(logDir);
        var sessionId = DateTime.UtcNow.ToString("yyyy_MM_dd_HH_mm_ss_fff", CultureInfo.InvariantCulture);
        var request = new ProfileRequest
        {
            DurationMs = (ulong)options.DurationMs,
            MaxEvents = 0,
            RepositoryRoot = repository,
            SessionId = sessionId,
            HostName = address.Host,
            Opts = new ProfileOptions
            {
                Version = 1,
                DurationMs = (ulong)options.DurationMs,
                HostTracerLevel = 2,
                DeviceTracerLevel = 1,
                PythonTracerLevel = 0,
                DeviceType = ProfileOptions.Types.DeviceType.Unspecified,
            },
        };

        var wait = TimeSpan.FromMilliseconds(options.DurationMs + (long)options.GraceMs);
        ProfileResponse response;
        using (var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            MaxReceiveMessageSize = options.MaxReplyBytes,
            HttpHandler = new SocketsHttpHandler { ConnectTimeout = wait, EnableMultipleHttp2Connections = false },
        }))
        {
            var client = new ProfilerService.ProfilerServiceClient(channel);
            try
            {
                response = await client.ProfileAsync(request, deadline: DateTime.UtcNow + wait, cancellationToken: cancellation);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellation.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellation);
            }
            catch (RpcException e)
            {
                throw Failure(options, wait, e);
            }
        }

        var sessionDir = Path.Combine(repository, sessionId);
        var written = Directory.Exists(sessionDir)
            ? new DirectoryInfo(sessionDir).EnumerateFiles("*.xplane.pb", SearchOption.AllDirectories).MaxBy(f => f.LastWriteTimeUtc)
            : null;
        if ((written ?? SaveReply(response, sessionDir, address.Host)) is not { } profile)
        {
            throw new ProfilerCaptureException((FormattableString)
                $"{options.Address} answered after profiling for {options.DurationMs} ms, but no .xplane.pb appeared under {sessionDir}{(response.EmptyTrace ? " (it reported an empty trace)" : "")} and its reply held none: a server that writes the profile does so on its own host, so {Setting.ProfileFolder} must be a path both machines reach.");
        }

        var trace = XSpaceReader.Read(profile.FullName);
        if (options.OutPath is { } output)
        {
            AtomicFile.Write(output, stream =>
            {
                using var source = profile.OpenRead();
                source.CopyTo(stream);
            });
        }

        return new CaptureResult(sessionId, profile.FullName, profile.Length, trace, response.EmptyTrace);
    }

    // A profile the server returned instead of writing it, written where TensorBoard looks; null when the reply holds none.
    private static FileInfo? SaveReply(ProfileResponse response, string sessionDir, string host)
    {
        var inReply = response.ToolData.FirstOrDefault(t => t.Name.EndsWith(".xplane.pb", StringComparison.Ordinal) && !t.Data.IsEmpty);
        if (inReply is null)
        {
            return null;
        }

        // The name is the server's: only its last part is used, so it cannot point outside the run's folder.
        var name = Path.GetFileName(inReply.Name);
        if (name is ".xplane.pb" || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            name = host.Replace(':', '_') + ".xplane.pb";
        }

        Directory.CreateDirectory(sessionDir);
        var path = Path.Combine(sessionDir, name);
        AtomicFile.Write(path, stream => inReply.Data.WriteTo(stream));
        return new FileInfo(path);
    }

    /// <summary>Parses <c>HOST:PORT</c>, <c>[::1]:PORT</c> or <c>grpc://HOST:PORT</c> into the server's address.</summary>
    /// <exception cref="ProfilerCaptureException">The text names no host and port.</exception>
    public static Uri ParseAddress(string address)
    {
        var text = address.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        text = text.TrimEnd('/');
        var colon = text.LastIndexOf(':');
        var hasPort = colon > 0 && colon < text.Length - 1 && text.AsSpan(colon + 1).ContainsAnyExceptInRange('0', '9') == false;
        if (!hasPort || !Uri.TryCreate($"http://{text}", UriKind.Absolute, out var uri) || uri.Host.Length == 0 ||
            uri.AbsolutePath != "/" || uri.UserInfo.Length > 0)
        {
            throw new ProfilerCaptureException($"'{address}' is not a profiler server address: give HOST:PORT, e.g. localhost:6009.");
        }

        return uri;
    }

    private static ProfilerCaptureException Failure(CaptureOptions options, TimeSpan wait, RpcException e)
    {
        // The status says little for a failed connection ("Error connecting to subchannel"); its cause says why.
        var cause = e.Status.DebugException;
        while (cause?.InnerException is not null)
        {
            cause = cause.InnerException;
        }

        var detail = (cause?.Message ?? e.Status.Detail).TrimEnd('.');
        return e.StatusCode switch
        {
            StatusCode.DeadlineExceeded => new ProfilerCaptureException((FormattableString)
                $"{options.Address} did not answer within {wait.TotalMilliseconds:0} ms ({options.DurationMs} ms of profiling and {options.GraceMs} ms to write the profile; {Setting.WriteGrace} allows more).", e),
            StatusCode.Unavailable => new ProfilerCaptureException(
                $"cannot reach a profiler server at {options.Address} ({detail}); is the job running tf.profiler.experimental.server.start on that port?", e),
            StatusCode.ResourceExhausted => new ProfilerCaptureException(
                $"{options.Address} answered with more than {Counts.Bytes(options.MaxReplyBytes)}, the most a capture takes in a reply (ResourceExhausted: {detail}).", e),
            StatusCode.Unimplemented => new ProfilerCaptureException(
                $"{options.Address} answers gRPC but is not a TensorFlow profiler server ({detail}).", e),
            _ => new ProfilerCaptureException($"the profiler server at {options.Address} failed: {e.StatusCode}: {detail}.", e),
        };
    }
}
