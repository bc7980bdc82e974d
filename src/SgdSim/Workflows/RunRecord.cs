using System.Text.Json.Serialization;

namespace SgdSim.Workflows;

/// <summary>
/// What every workflow result that simulated a trace reports first and last: the trace, the seed, how long it
/// simulated, the NIC rates given and the files written. The JSON keys come in the order of their
/// <see cref="JsonPropertyOrderAttribute"/>, which the derived results interleave their own keys with.
/// </summary>
public abstract record RunRecord
{
    /// <summary>The trace, as given.</summary>
    [JsonPropertyName("trace")]
    [JsonPropertyOrder(0)]
    public required string Trace { get; init; }

    /// <summary>Seed of the first replica.</summary>
    [JsonPropertyName("seed")]
    [JsonPropertyOrder(10)]
    public int Seed { get; init; }

    /// <summary>Replicas per worker count (or per point).</summary>
    [JsonPropertyName("replicas")]
    [JsonPropertyOrder(11)]
    public int Replicas { get; init; }

    /// <summary>The stopping rule; null for a fixed horizon.</summary>
    [JsonPropertyName("stopping_rule")]
    [JsonPropertyOrder(12)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StoppingRuleRecord? StoppingRule { get; init; }

    /// <summary>Steps per worker of a fixed horizon; null under the stopping rule.</summary>
    [JsonPropertyName("steps_per_worker")]
    [JsonPropertyOrder(13)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StepsPerWorker { get; init; }

    /// <summary>The length of one run, for the run range; null where no run range is reported.</summary>
    [JsonPropertyName("run_seconds")]
    [JsonPropertyOrder(14)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RunSeconds { get; init; }

    /// <summary>The nominal rates of the workers given, bits per second.</summary>
    [JsonPropertyName("worker_bandwidth_bits_per_s")]
    [JsonPropertyOrder(21)]
    public IReadOnlyList<double>? WorkerBandwidthBitsPerS { get; init; }

    /// <summary>The nominal rates of the parameter-server shards given, bits per second.</summary>
    [JsonPropertyName("ps_bandwidth_bits_per_s")]
    [JsonPropertyOrder(22)]
    public IReadOnlyList<double>? PsBandwidthBitsPerS { get; init; }

    /// <summary>The files written; null when none were asked for.</summary>
    [JsonPropertyName("files")]
    [JsonPropertyOrder(100)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Files { get; init; }
}

/// <summary>A <see cref="RunRecord"/> of a workflow that takes one nominal rate for every node.</summary>
public abstract record RatedRunRecord : RunRecord
{
    /// <summary>The nominal rate of every node given, bits per second.</summary>
    [JsonPropertyName("bandwidth_bits_per_s")]
    [JsonPropertyOrder(20)]
    public double? BandwidthBitsPerS { get; init; }
}

/// <summary>How busy a simulated cluster's resources were, and which was the busiest: the last keys of every
/// predicted point.</summary>
public abstract record UtilisationRecord
{
    /// <summary>Mean share of the parameter server's sending capacity in use.</summary>
    [JsonPropertyName("ps_send_utilisation")]
    [JsonPropertyOrder(50)]
    public double PsSendUtilisation { get; init; }

    /// <summary>Mean share of the parameter server's receiving capacity in use.</summary>
    [JsonPropertyName("ps_receive_utilisation")]
    [JsonPropertyOrder(51)]
    public double PsReceiveUtilisation { get; init; }

    /// <summary>Mean share of time a worker runs its own ops.</summary>
    [JsonPropertyName("worker_compute_share")]
    [JsonPropertyOrder(52)]
    public double WorkerComputeShare { get; init; }

    /// <summary>Mean share of a worker NIC's busier direction in use.</summary>
    [JsonPropertyName("worker_network_utilisation")]
    [JsonPropertyOrder(53)]
    public double WorkerNetworkUtilisation { get; init; }

    /// <summary>The busiest resource.</summary>
    [JsonPropertyName("bottleneck")]
    [JsonPropertyOrder(60)]
    public string Bottleneck { get; init; } = "";
}
