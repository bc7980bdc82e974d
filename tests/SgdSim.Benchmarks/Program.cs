using System.Globalization;
using BenchmarkDotNet.Running;
using SgdSim.Benchmarks;
using SgdSim.Benchmarks.Inputs;
using SgdSim.Simulation;

// Options of this program (everything else goes to BenchmarkDotNet):
//   --runmeta-mib N | --timeline-mib N | --xspace-mib N | --kineto-mib N | --chakra-mib N | --seed N
//                                                    input sizes (default 200 MiB each) and generator seed (default 42)
//   --generate                                       only generate (or find cached) inputs and print their sizes
//   --measure [--only runmeta|timeline|xspace|kineto|chakra] [--breakdown] [--alloc-types] [--timeout-min N]
//                                                    one import per input in a fresh process: time, MiB/s, peak memory, model size
//   --measure --only replay|sweep [--workers N] [--steps N] [--mode async|sync|ssp:S|allreduce] [--policy P]
//                                                    the replay loop's events/s and bytes/event; the 1-64-worker sweep's time
//   --replay-digest FILE [TRACE...]                  every predicted figure, to diff the simulator's results across builds
var rest = new List<string>();
var measure = false;
var generate = false;
var breakdown = false;
var allocTypes = false;
string? measureOne = null;
string? digest = null;
var only = new List<string>();
var timeout = TimeSpan.FromMinutes(30);
var workers = 16;
var steps = 200;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    int Positive(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : throw new ArgumentException($"'{value}' is not a positive integer.");

    switch (args[i])
    {
        case "--runmeta-mib": Environment.SetEnvironmentVariable(BenchInputs.RunMetaMibVariable, Positive(Next()).ToString(CultureInfo.InvariantCulture)); break;
        case "--timeline-mib": Environment.SetEnvironmentVariable(BenchInputs.TimelineMibVariable, Positive(Next()).ToString(CultureInfo.InvariantCulture)); break;
        case "--xspace-mib": Environment.SetEnvironmentVariable(BenchInputs.XSpaceMibVariable, Positive(Next()).ToString(CultureInfo.InvariantCulture)); break;
        case "--kineto-mib": Environment.SetEnvironmentVariable(BenchInputs.KinetoMibVariable, Positive(Next()).ToString(CultureInfo.InvariantCulture)); break;
        case "--chakra-mib": Environment.SetEnvironmentVariable(BenchInputs.ChakraMibVariable, Positive(Next()).ToString(CultureInfo.InvariantCulture)); break;
        case "--seed": Environment.SetEnvironmentVariable(BenchInputs.SeedVariable, Positive(Next()).ToString(CultureInfo.InvariantCulture)); break;
        case "--measure": measure = true; break;
        case "--measure-one": measureOne = Next(); break;
        case "--breakdown": breakdown = true; break;
        case "--alloc-types": allocTypes = true; break;
        case "--only": only.Add(Next()); break;
        case "--timeout-min": timeout = TimeSpan.FromMinutes(Positive(Next())); break;
        case "--generate": generate = true; break;
        case "--workers": workers = Positive(Next()); break;
        case "--steps": steps = Positive(Next()); break;
        case "--mode":
            ReplayInputs.Scenario = ReplayInputs.Scenario with
            {
                Mode = TrainingMode.TryParse(Next(), out var mode, out var problem) ? mode : throw new ArgumentException(problem),
            };
            break;
        case "--policy":
            ReplayInputs.Scenario = ReplayInputs.Scenario with
            {
                Policy = Scenario.TryParsePolicy(Next(), out var policy) ? policy : throw new ArgumentException($"'{args[i]}' is not a policy."),
            };
            break;
        case "--sharing":
            ReplayInputs.Scenario = Next() switch
            {
                "fair" => ReplayInputs.Scenario.Evenly(),
                "tcp" => ReplayInputs.Scenario with { Sharing = Scenario.DefaultSharing, Reverse = Scenario.DefaultReverseQueueing },
                var other => throw new ArgumentException($"'{other}' is not a sharing model (tcp, fair)."),
            };
            break;
        case "--replay-digest": digest = Next(); break;
        default: rest.Add(args[i]); break;
    }
}

if (digest is not null)
{
    return ReplayDigest.Write(digest, rest);
}

if (measureOne is not null)
{
    return Measure.RunOne(measureOne, breakdown, allocTypes);
}

if (measure)
{
    // The simulator's measures run here, after the importers' (which need fresh processes).
    var imports = only.Count == 0 ? ["runmeta", "timeline"] : only.Except(["replay", "sweep"]).ToList();
    var status = imports.Count > 0 ? Measure.RunAll(imports, breakdown, allocTypes, timeout) : 0;
    if (only.Count == 0 || only.Contains("replay"))
    {
        ReplayMeasure.Replay(workers, steps);
    }

    if (only.Count == 0 || only.Contains("sweep"))
    {
        ReplayMeasure.Sweep(steps);
    }

    return status;
}

// Listing or help needs no inputs.
if (rest.Any(a => a is "--list" or "--help" or "-h" or "-?" or "--info" or "--version"))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
    return 0;
}

// Generate the inputs up front (cached), so the summary's size and MiB/s columns can read them.
foreach (var path in new[] { BenchInputs.EnsureRunMeta(Console.Out), BenchInputs.EnsureTimeline(Console.Out), BenchInputs.EnsureXSpace(Console.Out), BenchInputs.EnsureKineto(Console.Out), BenchInputs.EnsureChakra(Console.Out), BenchInputs.EnsureReplayTrace(Console.Out) })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Input {path}: {BenchInputs.FileCount(path)} file(s), {BenchInputs.SizeOf(path):N0} bytes ({BenchInputs.SizeOf(path) / 1048576.0:0.0} MiB)"));
}

if (generate)
{
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
return 0;
