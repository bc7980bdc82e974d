using System.CommandLine;
using System.Globalization;
using SgdSim.Capture;
using SgdSim.Reports;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim capture --host HOST:PORT --logdir DIR --duration-ms D</c>: profile a running TF2 job.</summary>
internal static class CaptureCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var host = new Option<string>("--host")
        {
            Description = "The job's profiler server, HOST:PORT (the port given to tf.profiler.experimental.server.start).",
            Required = true,
        };
        var logDir = new Option<string>("--logdir")
        {
            Description = "TensorBoard log folder: the profile goes to LOGDIR/plugins/profile/<run>/. A server that writes it itself does so on its own host, so then the same path on both machines.",
            Required = true,
        };
        var duration = new Option<int>("--duration-ms") { Description = "How long to profile.", DefaultValueFactory = _ => 2000 };
        var grace = new Option<int>("--grace-ms")
        {
            Description = "How long beyond the duration the server may take to collect and write the profile.",
            DefaultValueFactory = _ => 30_000,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Also copy the captured .xplane.pb to this file." };
        // A day each at most: their sum is a timeout, which must fit the clock's range.
        const int day = 86_400_000;
        OptionParsing.Bounded(duration, ms => ms is >= 1 and <= day, $"1 to {day} (a day)");
        OptionParsing.Bounded(grace, ms => ms is >= 0 and <= day, $"0 to {day} (a day)");
        var command = new Command("capture", """
            Profile a running TensorFlow 2 job through its profiler server and show what was captured.

            The job must have called tf.profiler.experimental.server.start(PORT). The profile lands where
            TensorBoard's profile plugin reads it, LOGDIR/plugins/profile/<run>/<host>.xplane.pb: current servers
            write it there on their own host (so LOGDIR must be a path that host and this machine both reach),
            others return it in the reply and sgdsim writes it.

            Examples:
              sgdsim capture --host localhost:6009 --logdir /tmp/tb --duration-ms 3000
              sgdsim capture --host worker0:6009 --logdir /shared/tb --out worker0.xplane.pb
            """)
        {
            host, logDir, duration, grace, output,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var options = new CaptureOptions(parse.GetValue(host)!, parse.GetValue(logDir)!, parse.GetValue(duration), parse.GetValue(grace), parse.GetValue(output));
            var result = ProfilerCapture.CaptureAsync(options, cancellation).GetAwaiter().GetResult();
            Write(options, result, stdout);
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void Write(CaptureOptions options, CaptureResult r, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        var trace = r.Trace;
        var ops = trace.Steps.Sum(s => (long)s.Ops.Count);
        o.WriteLine($"Captured   {options.Address}, {options.DurationMs.ToString("N0", c)} ms, session {r.SessionId}");
        o.WriteLine($"Profile    {r.ProfilePath} ({GraphWriters.FormatBytes(r.ProfileBytes)}){(r.ServerSaysEmpty ? "; the server reported it empty" : "")}");
        o.WriteLine($"Steps      {trace.Steps.Count}, {Counts.Of(ops, "op")}, {Counts.Of(trace.Steps.Sum(s => s.Ops.Count(op => op.IsTransfer)), "transfer")}");
        o.WriteLine("Planes");
        for (var d = 0; d < trace.Devices.Count; d++)
        {
            var count = trace.Steps.Sum(s => s.Ops.Count(op => op.Device == d));
            o.WriteLine($"  {trace.Devices[d].Name}  {Counts.Of(count, "op")}");
        }

        foreach (var note in trace.Notes)
        {
            o.WriteLine($"Note       {note}");
        }

        if (options.OutPath is { } path)
        {
            o.WriteLine($"Written    {path}");
        }

        o.WriteLine($"Next       sgdsim inspect {options.OutPath ?? r.ProfilePath}");
    }
}
