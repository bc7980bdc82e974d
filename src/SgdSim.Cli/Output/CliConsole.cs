using Spectre.Console;

namespace SgdSim.Cli.Output;

/// <summary>
/// The console around a running command: whether its writers are a terminal, and the progress it shows there.
/// Progress (a Spectre progress bar or spinner) goes to stderr only when stderr is a terminal and the command was not
/// asked for <c>--json</c>, and only once a step has run longer than <see cref="Delay"/>, so a quick command prints
/// nothing more than its result and output that is piped or captured never holds progress.
/// </summary>
/// <remarks>
/// <see cref="SgdSimCli.RunAsync"/> makes the console of each invocation <see cref="Current"/> for the command's
/// action, so a command (or a helper it calls, such as <see cref="CommonOptions.ReadTrace"/>) reaches it in one call:
/// <code>
/// var predictions = CliConsole.Current.Progress("Simulating", runs, progress => Predictor.Predict(model, options, cancellation, progress));
/// var trace = CliConsole.Current.Status($"Reading {path}", () => TraceReader.Read(path));
/// </code>
/// Outside an invocation <see cref="Current"/> is <see cref="Silent"/>, which runs the work and shows nothing.
/// </remarks>
internal sealed class CliConsole
{
    private static readonly AsyncLocal<CliConsole?> Ambient = new();

    private readonly TextWriter? _progress;
    private IAnsiConsole? _console;

    private CliConsole(TextWriter? progress, CancellationToken cancellation, Terminal? terminal = null, bool plain = false)
    {
        _progress = progress;
        Cancellation = cancellation;
        Terminal = terminal ?? Terminal.FromEnvironment();
        Plain = plain;
    }

    /// <summary>How long a step runs before its progress is shown.</summary>
    public static TimeSpan Delay { get; } = TimeSpan.FromSeconds(1);

    /// <summary>A console that shows no progress: the work runs on the caller's thread and nothing is written.</summary>
    public static CliConsole Silent { get; } = new(null, CancellationToken.None);

    /// <summary>The console of the command being invoked (set by <see cref="SgdSimCli.RunAsync"/>), else <see cref="Silent"/>.</summary>
    public static CliConsole Current => Ambient.Value ?? Silent;

    /// <summary>Whether progress is shown at all: stderr is a terminal and no <c>--json</c> was asked for.</summary>
    public bool ShowsProgress => _progress is not null;

    /// <summary>The invocation's cancellation (Ctrl+C): waiting for a step stops when it is cancelled.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>What is known of the terminal: its width and whether colour and bold are wanted.</summary>
    public Terminal Terminal { get; }

    /// <summary>Whether tables are written as plain columns even on a terminal (<c>--plain</c>).</summary>
    public bool Plain { get; }

    /// <summary>
    /// The console for a command writing errors to <paramref name="stderr"/>: <paramref name="quiet"/> (<c>--quiet</c>)
    /// and <paramref name="json"/> silence progress, <paramref name="plain"/> (<c>--plain</c>) keeps tables plain;
    /// <paramref name="terminal"/> replaces what the environment says of the terminal (for tests).
    /// </summary>
    public static CliConsole For(TextWriter stderr, bool json, CancellationToken cancellation, bool quiet = false, bool plain = false, Terminal? terminal = null) =>
        new(!json && !quiet && IsTerminal(stderr) ? stderr : null, cancellation, terminal, plain);

    /// <summary>The widest a line written to <paramref name="output"/> should be: the terminal's width
    /// (<see cref="Terminal"/>) when it is the process's stdout or stderr or <c>COLUMNS</c> is set; none otherwise.</summary>
    public int? WidthOf(TextWriter output) => IsTerminal(output) ? Terminal.Width ?? Terminal.Columns : Terminal.Columns;

    /// <summary>Makes <paramref name="console"/> <see cref="Current"/> for the rest of the calling async flow.</summary>
    public static void MakeCurrent(CliConsole? console) => Ambient.Value = console;

    /// <summary>
    /// Writes <paramref name="line"/>, a line of prose (a header or a note), to <paramref name="output"/>, broken at
    /// spaces so that no part is wider than <see cref="WidthOf"/> allows; the parts after the first are indented by
    /// <paramref name="hang"/> spaces, by default two more than the line. A word longer than the width is left whole.
    /// </summary>
    public void WriteLine(TextWriter output, string line, int? hang = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(line);
        if (WidthOf(output) is not { } width || line.Length <= width)
        {
            output.WriteLine(line);
            return;
        }

        var indent = new string(' ', hang ?? (line.Length - line.TrimStart(' ').Length + 2));
        var rest = line;
        while (rest.Length > width)
        {
            var cut = rest.LastIndexOf(' ', width);
            if (cut <= rest.Length - rest.TrimStart(' ').Length)
            {
                cut = rest.IndexOf(' ', width);
                if (cut < 0)
                {
                    break;
                }
            }

            output.WriteLine(rest[..cut].TrimEnd());
            rest = indent + rest[(cut + 1)..].TrimStart(' ');
        }

        output.WriteLine(rest);
    }

    /// <summary>
    /// Whether <paramref name="writer"/> is the process's stdout or stderr and that stream is an interactive terminal
    /// (not redirected to a file or a pipe). A <see cref="StringWriter"/>, as the tests pass, never is.
    /// </summary>
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>
    /// Runs <paramref name="work"/>, which reports through the <see cref="IProgress{T}"/> it is given how many of
    /// <paramref name="total"/> equal units are done, with a progress bar on stderr (see the overload with weights).
    /// </summary>
    public T Progress<T>(string description, int total, Func<IProgress<int>, T> work) =>
        Progress(description, Enumerable.Repeat(1.0, Math.Max(0, total)).ToArray(), work);

    /// <summary>
    /// Runs <paramref name="work"/>, which reports through the <see cref="IProgress{T}"/> it is given how many units
    /// are done (as <see cref="SgdSim.Simulation.Predictor.Predict"/> counts finished runs), and shows a progress bar
    /// named <paramref name="description"/> on stderr while it runs past <see cref="Delay"/>: the share of the work
    /// done and the time left, with each unit weighted by <paramref name="weights"/> (its expected cost, in the order
    /// the units finish; see <see cref="ProgressEstimate"/>). Returns what the work returns; its exceptions propagate
    /// unchanged.
    /// </summary>
    /// <exception cref="OperationCanceledException"><see cref="Cancellation"/> was cancelled while the bar was shown.</exception>
    public T Progress<T>(string description, IReadOnlyList<double> weights, Func<IProgress<int>, T> work)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(work);
        var counter = new Counter();
        if (!ShowsProgress)
        {
            return work(counter);
        }

        var running = Task.Run(() => work(counter));
        if (!Finished(running, Delay))
        {
            var estimate = new ProgressEstimate(weights);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            ProgressConsole().Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                    void Show()
                    {
                        task.Value = estimate.Fraction(counter.Value);
                        // The time is counted from when the work started, a Delay before the bar showed.
                        task.Description = $"{Markup.Escape(description)} [grey]({Markup.Escape(estimate.Label(counter.Value, clock.Elapsed + Delay))})[/]";
                    }

                    while (!Finished(running, TimeSpan.FromMilliseconds(100)))
                    {
                        Show();
                    }

                    Show();
                });
        }

        return running.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs <paramref name="work"/>, a step whose progress cannot be counted (reading a trace), and shows a spinner
    /// named <paramref name="description"/> on stderr while it runs past <see cref="Delay"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><see cref="Cancellation"/> was cancelled while the spinner was shown.</exception>
    public T Status<T>(string description, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!ShowsProgress)
        {
            return work();
        }

        var running = Task.Run(work);
        if (!Finished(running, Delay))
        {
            ProgressConsole().Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(description), _ =>
            {
                while (!Finished(running, TimeSpan.FromMilliseconds(100)))
                {
                }
            });
        }

        return running.GetAwaiter().GetResult();
    }

    // Waits up to timeout; a fault surfaces where the result is read. Ctrl+C ends the wait: a step that cannot be
    // cancelled (an import) is left to the process's exit rather than waited for.
    private bool Finished(Task running, TimeSpan timeout)
    {
        try
        {
            running.Wait((int)timeout.TotalMilliseconds, Cancellation);
        }
        catch (AggregateException)
        {
        }

        return running.IsCompleted;
    }

    private IAnsiConsole ProgressConsole() => _console ??= AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(_progress!),
        Interactive = InteractionSupport.Yes,
        ColorSystem = Terminal.NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    // Progress<T> would post each report to the thread pool; the bar only needs the latest count.
    private sealed class Counter : IProgress<int>
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Report(int value)
        {
            int seen;
            do
            {
                seen = Volatile.Read(ref _value);
            }
            while (value > seen && Interlocked.CompareExchange(ref _value, value, seen) != seen);
        }
    }
}

/// <summary>
/// The terminal the tool writes to, as the environment describes it: the window's width (<see cref="Console.WindowWidth"/>,
/// when stdout is a terminal), the <c>COLUMNS</c> variable (which a shell sets for a pipe it knows the width of), and
/// <c>NO_COLOR</c> (no-color.org: any value turns colour off; here bold and other styles too).
/// </summary>
/// <param name="Width">The terminal window's width in columns, when there is a window.</param>
/// <param name="Columns">The width <c>COLUMNS</c> gives, when set to a positive number.</param>
/// <param name="NoColor">Whether <c>NO_COLOR</c> is set to a non-empty value.</param>
/// <param name="Interactive">Whether stdout is a terminal someone reads (a sweep then prints a summary, not every row).</param>
internal sealed record Terminal(int? Width, int? Columns, bool NoColor, bool Interactive = false)
{
    /// <summary>What the environment of this process says.</summary>
    public static Terminal FromEnvironment() => new(
        WindowWidth(),
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0 ? columns : null,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsOutputRedirected);

    // Console.WindowWidth throws or gives 0 where there is no window (a redirected stdout, some CI hosts).
    private static int? WindowWidth()
    {
        try
        {
            return !Console.IsOutputRedirected && Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
