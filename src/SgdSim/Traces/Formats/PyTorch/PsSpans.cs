using System.Globalization;

namespace SgdSim.Traces.PyTorch;

/// <summary>What a <see cref="PsSpan"/> marks.</summary>
public enum PsSpanKind
{
    /// <summary><c>sgdsim.role/worker/&lt;i&gt;</c> or <c>sgdsim.role/ps[/&lt;i&gt;]</c>: which task the profiled process is.</summary>
    Role,

    /// <summary><c>sgdsim.clock/&lt;ns&gt;</c>: the Unix time in nanoseconds read just before the span opened.</summary>
    Clock,

    /// <summary><c>sgdsim.pull/&lt;parameter&gt;/&lt;bytes&gt;</c> on a worker: one parameter fetched from its PS,
    /// from the request to the value's arrival.</summary>
    Pull,

    /// <summary><c>sgdsim.push/&lt;parameter&gt;/&lt;bytes&gt;</c> on a worker: one gradient sent to the parameter's
    /// PS, from the send to the acknowledgement.</summary>
    Push,

    /// <summary><c>sgdsim.use/&lt;parameter&gt;[,&lt;parameter&gt;…]</c> on a worker: computation that reads those
    /// parameters (typically one layer's forward pass); its first op waits for their pulls.</summary>
    Use,

    /// <summary><c>sgdsim.serve/&lt;parameter&gt;</c> on a PS: reading a parameter out for a pull (optional).</summary>
    Serve,

    /// <summary><c>sgdsim.apply/&lt;parameter&gt;</c> on a PS: applying a gradient to the parameter (the update).</summary>
    Apply,
}

/// <summary>
/// One span of SgdSim's <c>torch.profiler.record_function</c> naming convention, which lets a PyTorch
/// parameter-server job (on <c>torch.distributed.rpc</c> or any hand-made transport) be profiled for SgdSim. Each
/// process (the worker, each PS) profiles itself and exports one Chrome trace; the traces go into one folder, which
/// is read as one trace:
/// <list type="bullet">
/// <item><c>sgdsim.role/worker/0</c>, <c>sgdsim.role/ps/0</c> — opened at least once in each file, inside the
/// profiled window (with a <c>torch.profiler</c> schedule, at the start of every step: a span opened while the
/// schedule waits or warms up is not recorded): which task the process is. A file without one is a worker (or <c>rank:N</c> when the trace
/// carries <c>distributedInfo</c>).</item>
/// <item><c>sgdsim.clock/&lt;time.time_ns()&gt;</c> — the wall clock read just before the span opens. Only needed
/// where the profiler writes times relative to its own start (the autograd profiler's export, which PyTorch builds
/// without Kineto write): it puts the files of one host on one clock. Kineto's times already are.</item>
/// <item><c>sgdsim.pull/&lt;parameter&gt;/&lt;bytes&gt;</c> — on the worker, around each parameter fetch, ending when
/// the value has arrived (for concurrent fetches, <c>record_function._call_end_callbacks_on_future</c>).</item>
/// <item><c>sgdsim.use/&lt;parameter&gt;,&lt;parameter&gt;</c> — optional, on the worker, around the computation
/// that first reads those parameters; without it, a pulled parameter is taken to be read by the first op that
/// starts on the pulling thread after it arrived.</item>
/// <item><c>sgdsim.push/&lt;parameter&gt;/&lt;bytes&gt;</c> — on the worker, around each gradient send.</item>
/// <item><c>sgdsim.serve/&lt;parameter&gt;</c> (optional) and <c>sgdsim.apply/&lt;parameter&gt;</c> — on the PS,
/// around reading out a parameter for a pull and around applying its gradient.</item>
/// </list>
/// A parameter's name may contain <c>/</c> but not <c>,</c>; the byte count is the last <c>/</c>-separated field.
/// </summary>
/// <param name="Kind">What the span marks.</param>
/// <param name="Parameters">The parameters it names (one, except for <see cref="PsSpanKind.Use"/>); empty for a
/// role or a clock.</param>
/// <param name="Bytes">For a pull or a push, the bytes moved; for a clock, the Unix time in nanoseconds; for a
/// role, the task index; otherwise 0.</param>
/// <param name="Role">For a role span, the role it declares.</param>
public sealed record PsSpan(PsSpanKind Kind, IReadOnlyList<string> Parameters, long Bytes, NodeRole Role = NodeRole.Other)
{
    /// <summary>The prefix every span of the convention starts with.</summary>
    public const string Prefix = "sgdsim.";

    /// <summary>Whether <paramref name="name"/> belongs to the convention (starts with <c>sgdsim.</c>).</summary>
    public static bool IsConventionName(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Parses a span name of the convention.</summary>
    /// <returns>The span, or <c>null</c> when the name does not start with <c>sgdsim.</c>.</returns>
    /// <exception cref="FormatException">The name starts with <c>sgdsim.</c> but breaks the convention; the
    /// message says how.</exception>
    public static PsSpan? Parse(string name)
    {
        if (!IsConventionName(name))
        {
            return null;
        }

        var slash = name.IndexOf('/');
        var verb = slash < 0 ? name[Prefix.Length..] : name[Prefix.Length..slash];
        var rest = slash < 0 ? "" : name[(slash + 1)..];
        return verb switch
        {
            "role" => ParseRole(name, rest),
            "clock" => new PsSpan(PsSpanKind.Clock, [], Number(name, rest, "a Unix time in nanoseconds")),
            "pull" => Transfer(PsSpanKind.Pull, name, rest),
            "push" => Transfer(PsSpanKind.Push, name, rest),
            "use" => new PsSpan(PsSpanKind.Use, Names(name, rest), 0),
            "serve" => new PsSpan(PsSpanKind.Serve, [Parameter(name, rest)], 0),
            "apply" => new PsSpan(PsSpanKind.Apply, [Parameter(name, rest)], 0),
            _ => throw new FormatException(
                $"span '{name}' is not one of sgdsim.role, sgdsim.clock, sgdsim.pull, sgdsim.push, sgdsim.use, sgdsim.serve, sgdsim.apply"),
        };
    }

    private static PsSpan ParseRole(string name, string rest)
    {
        var parts = rest.Split('/');
        var role = parts[0] switch
        {
            "worker" => NodeRole.Worker,
            "ps" => NodeRole.ParameterServer,
            _ => throw new FormatException($"span '{name}' names role '{parts[0]}'; expected sgdsim.role/worker/<i> or sgdsim.role/ps/<i>"),
        };
        var index = parts.Length switch
        {
            1 => 0,
            2 => Number(name, parts[1], "a task index"),
            _ => throw new FormatException($"span '{name}' has more fields than sgdsim.role/<worker|ps>/<i>"),
        };
        return new PsSpan(PsSpanKind.Role, [], index, role);
    }

    private static PsSpan Transfer(PsSpanKind kind, string name, string rest)
    {
        var last = rest.LastIndexOf('/');
        if (last <= 0)
        {
            throw new FormatException($"span '{name}' lacks a parameter or a byte count: expected {Prefix}{kind.ToString().ToLowerInvariant()}/<parameter>/<bytes>");
        }

        return new PsSpan(kind, [Parameter(name, rest[..last])], Number(name, rest[(last + 1)..], "a byte count"));
    }

    private static string Parameter(string name, string parameter) =>
        parameter.Length == 0 || parameter.Contains(',', StringComparison.Ordinal)
            ? throw new FormatException($"span '{name}' names no parameter, or one with a comma")
            : parameter;

    private static string[] Names(string name, string list)
    {
        var names = list.Split(',');
        return names.Any(n => n.Length == 0) ? throw new FormatException($"span '{name}' has an empty parameter name") : names;
    }

    private static long Number(string name, string text, string what) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"span '{name}' has '{text}' where {what} belongs");
}
