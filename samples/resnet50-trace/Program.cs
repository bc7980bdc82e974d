using System.Globalization;
using ResNet50Trace;
using SgdSim.Traces;
using SgdSim.Traces.TensorFlow;

// Writes a SYNTHETIC TensorFlow RunMetadata trace of ResNet-50 (one worker, one parameter server).
// Usage: dotnet run --project samples/resnet50-trace -- --out DIR [--steps 12] [--seed 1] [--link-gbps 10]

const string Usage = "usage: ResNet50Trace --out DIR [--steps 12] [--seed 1] [--link-gbps 10]";

string? outDir = null;
var options = new GeneratorOptions();
for (var i = 0; i < args.Length; i++)
{
    string Value()
    {
        if (i + 1 >= args.Length)
        {
            throw new ArgumentException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    try
    {
        switch (args[i])
        {
            case "--out":
                outDir = Value();
                break;
            case "--steps":
                options = options with { Steps = int.Parse(Value(), CultureInfo.InvariantCulture) };
                break;
            case "--seed":
                options = options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) };
                break;
            case "--link-gbps":
                options = options with { LinkGbps = double.Parse(Value(), CultureInfo.InvariantCulture) };
                break;
            case "-h" or "--help":
                Console.WriteLine(Usage);
                return 0;
            default:
                throw new ArgumentException($"unknown option '{args[i]}'.");
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

if (outDir is null)
{
    Console.Error.WriteLine("error: --out is required.");
    Console.Error.WriteLine(Usage);
    return 2;
}

var model = ResNet50Model.Instance;
IReadOnlyList<long> durations;
try
{
    durations = TraceGenerator.Write(outDir, options);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

Console.WriteLine(
    $"ResNet-50: {model.Parameters.Count} trainable tensors, {model.ParameterCount:N0} parameters, " +
    $"{model.ParameterBytes:N0} bytes; {model.ForwardMacsPerImage / 1e9:F2} GMAC forward per image.");
Console.WriteLine(
    $"Wrote {durations.Count} steps to {outDir} (seed {options.Seed}, {options.LinkGbps.ToString(CultureInfo.InvariantCulture)} Gbit/s link, " +
    $"batch {Timing.Batch}).");
for (var s = 0; s < durations.Count; s++)
{
    Console.WriteLine($"  {TraceGenerator.FileName(s)}  {durations[s] / 1000.0,8:F1} ms{(s == 0 ? "  (warm-up)" : "")}");
}

// Read the files back with SgdSim's importer and check what it sees.
var trace = RunMetadataReader.Read(outDir);
var problems = new List<string>();
if (trace.Parameters.Count != model.Parameters.Count || trace.Parameters.Sum(p => p.Bytes ?? 0) != model.ParameterBytes)
{
    problems.Add($"importer sees {trace.Parameters.Count} parameters of {trace.Parameters.Sum(p => p.Bytes ?? 0)} bytes.");
}

foreach (var step in trace.Steps)
{
    foreach (var kind in (OpKind[])[OpKind.ParameterTransfer, OpKind.GradientTransfer, OpKind.Update])
    {
        var count = step.Ops.Count(o => o.Kind == kind);
        if (count != model.Parameters.Count)
        {
            problems.Add($"step {step.Index} has {count} ops of kind {kind}.");
        }
    }

    // Causality: every op starts at or after each of its inputs ends.
    var byName = new Dictionary<string, TraceOp>(StringComparer.Ordinal);
    foreach (var op in step.Ops)
    {
        byName.TryAdd(op.Name, op);
    }

    foreach (var op in step.Ops)
    {
        foreach (var input in op.Inputs)
        {
            if (byName.TryGetValue(input, out var producer) && producer.EndNs > op.StartNs)
            {
                problems.Add($"step {step.Index}: {op.Name} starts before its input {input} ends.");
            }
        }
    }
}

if (problems.Count > 0)
{
    foreach (var p in problems.Take(20))
    {
        Console.Error.WriteLine($"check failed: {p}");
    }

    return 1;
}

var steady = durations.Skip(1).DefaultIfEmpty(durations[0]).ToArray();
Console.WriteLine(
    $"Importer check passed. Steps after warm-up: {steady.Min() / 1000.0:F1}–{steady.Max() / 1000.0:F1} ms, " +
    $"mean {steady.Average() / 1000.0:F1} ms ≈ {Timing.Batch / (steady.Average() / 1e6):F0} images/s.");
return 0;
