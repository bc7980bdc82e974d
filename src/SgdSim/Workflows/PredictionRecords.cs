using System.Text.Json;
using System.Text.Json.Serialization;
using SgdSim.Calibration;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>One worker count's prediction as a workflow reports it (and <c>--json</c> prints it).</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="ThroughputStepsPerS">Mean throughput, steps per second of all workers together.</param>
/// <param name="Ci95">The 95% confidence interval of the mean as [low, high]; null when there is none.</param>
/// <param name="RunRange95">The range one run of the run length would measure, as [low, high]; null when there is none.</param>
/// <param name="RunWindows">Windows of the run length cut from the simulated runs.</param>
/// <param name="RunWindowsDropped">Of those, the ones left out because a worker completed fewer than 3 steps.</param>
public sealed record PredictedPoint(
    [property: JsonPropertyName("workers"), JsonPropertyOrder(0)] int Workers,
    [property: JsonPropertyName("throughput_steps_per_s"), JsonPropertyOrder(1)] double ThroughputStepsPerS,
    [property: JsonPropertyName("ci95"), JsonPropertyOrder(2)] double[]? Ci95,
    [property: JsonPropertyName("run_range95"), JsonPropertyOrder(3)] double[]? RunRange95,
    [property: JsonPropertyName("run_windows"), JsonPropertyOrder(4)] int RunWindows,
    [property: JsonPropertyName("run_windows_dropped"), JsonPropertyOrder(5)] int RunWindowsDropped) : UtilisationRecord
{
    /// <summary>Under the stopping rule: whether the interval became as narrow as asked; null for a fixed horizon.</summary>
    [JsonPropertyName("precision_reached")]
    [JsonPropertyOrder(6)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PrecisionReached { get; init; }

    /// <summary>Under the stopping rule: the interval's half-width relative to the mean.</summary>
    [JsonPropertyName("relative_half_width")]
    [JsonPropertyOrder(7)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RelativeHalfWidth { get; init; }

    /// <summary>Under the stopping rule: the steps each worker simulated.</summary>
    [JsonPropertyName("steps_per_worker")]
    [JsonPropertyOrder(8)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StepsPerWorker { get; init; }

    /// <summary>Under the stopping rule: the batches the interval was computed over.</summary>
    [JsonPropertyName("batches")]
    [JsonPropertyOrder(9)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Batches { get; init; }

    /// <summary>Samples per second, when the batch size is known.</summary>
    [JsonPropertyName("samples_per_s")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SamplesPerS { get; init; }

    /// <summary>Each shard's sending utilisation, with more than one shard.</summary>
    [JsonPropertyName("shard_send_utilisation")]
    [JsonPropertyOrder(54)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? ShardSendUtilisation { get; init; }

    /// <summary>Each shard's receiving utilisation, with more than one shard.</summary>
    [JsonPropertyName("shard_receive_utilisation")]
    [JsonPropertyOrder(55)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? ShardReceiveUtilisation { get; init; }

    /// <summary>In a comparison: the gain over the baseline policy at the same worker count.</summary>
    [JsonPropertyName("gain")]
    [JsonPropertyOrder(61)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Gain { get; init; }

    /// <summary>The point of <paramref name="p"/>, with samples per second when <paramref name="batch"/> is known.</summary>
    public static PredictedPoint Of(Prediction p, int? batch)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Workers, p.ThroughputStepsPerS, Range(p.Ci95Low, p.Ci95High), Range(p.RunRange95Low, p.RunRange95High), p.RunWindows, p.RunWindowsDropped)
        {
            PrecisionReached = p.SteadyState?.PrecisionReached,
            RelativeHalfWidth = p.SteadyState?.RelativeHalfWidth,
            StepsPerWorker = p.SteadyState?.StepsPerWorker,
            Batches = p.SteadyState?.Batches,
            SamplesPerS = batch is { } b ? p.ThroughputStepsPerS * b : null,
            PsSendUtilisation = p.ServerEgressUtilisation,
            PsReceiveUtilisation = p.ServerIngressUtilisation,
            WorkerComputeShare = p.WorkerComputeShare,
            WorkerNetworkUtilisation = p.WorkerNetworkUtilisation,
            ShardSendUtilisation = p.ShardSendUtilisation.Length > 1 ? p.ShardSendUtilisation : null,
            ShardReceiveUtilisation = p.ShardSendUtilisation.Length > 1 ? p.ShardReceiveUtilisation : null,
            Bottleneck = p.Bottleneck,
        };
    }

    /// <summary>A range as [low, high], or null when there is none (NaN).</summary>
    public static double[]? Range(double low, double high) => double.IsNaN(low) || double.IsNaN(high) ? null : [low, high];
}

/// <summary>The stopping rule a prediction ran under.</summary>
/// <param name="Precision">The relative half-width of the 95% interval asked for.</param>
/// <param name="MaxSteps">The most steps per worker count.</param>
public sealed record StoppingRuleRecord(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("max_steps")] long MaxSteps);

/// <summary>The nominal NIC rates a caller gave, in bits per second (null where not given).</summary>
/// <param name="BandwidthBitsPerS">Every node's rate.</param>
/// <param name="WorkerBitsPerS">Each worker's rate.</param>
/// <param name="ServerBitsPerS">Each parameter-server shard's rate.</param>
public sealed record NominalRates(double? BandwidthBitsPerS, IReadOnlyList<double>? WorkerBitsPerS, IReadOnlyList<double>? ServerBitsPerS)
{
    /// <summary>No rate given.</summary>
    public static readonly NominalRates None = new(null, null, null);
}

/// <summary>The calibrated values of a model, each with how it was derived when asked for; written as one object
/// whose keys are the values' names.</summary>
/// <param name="Values">The values, in the model's order.</param>
/// <param name="WithDerivations">Whether each value is written with its derivation.</param>
[JsonConverter(typeof(CalibrationRecordConverter))]
public sealed record CalibrationRecord(IReadOnlyList<CalibratedValue> Values, bool WithDerivations);

/// <summary>Writes a <see cref="CalibrationRecord"/> as an object of name → value (or → {value, derivation}); a name
/// given twice keeps its first place and its last value, as an object built key by key does.</summary>
public sealed class CalibrationRecordConverter : JsonConverter<CalibrationRecord>
{
    /// <inheritdoc/>
    public override CalibrationRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A calibration record is only written.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CalibrationRecord value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var names = value.Values.Select(v => v.Name).Distinct().ToArray();
        var last = value.Values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.Last());
        writer.WriteStartObject();
        foreach (var name in names)
        {
            var v = last[name];
            writer.WritePropertyName(name);
            if (value.WithDerivations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("value", v.Value);
                writer.WriteString("derivation", v.Derivation);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNumberValue(v.Value);
            }
        }

        writer.WriteEndObject();
    }
}
