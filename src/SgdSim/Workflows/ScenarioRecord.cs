using System.Text.Json.Serialization;
using SgdSim.Calibration;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>The simulated setup as a prediction reports it: mode, policy, shards (with what each holds) and
/// heterogeneity.</summary>
public sealed record ScenarioRecord
{
    /// <summary>The training mode (<c>async</c>, <c>sync</c>, <c>ssp:S</c>, <c>allreduce</c>).</summary>
    [JsonPropertyName("mode")]
    public required string Mode { get; init; }

    /// <summary>The transmission policy's name.</summary>
    [JsonPropertyName("policy")]
    public required string Policy { get; init; }

    /// <summary>The slice size of P3; null under other policies.</summary>
    [JsonPropertyName("slice_bytes")]
    public long? SliceBytes { get; init; }

    /// <summary>Parameter-server shards; 0 without a server.</summary>
    [JsonPropertyName("ps_shards")]
    public int PsShards { get; init; }

    /// <summary>The shard placement's name.</summary>
    [JsonPropertyName("placement")]
    public required string Placement { get; init; }

    /// <summary>Each worker's relative speed, when given.</summary>
    [JsonPropertyName("worker_speeds")]
    public IReadOnlyList<double>? WorkerSpeeds { get; init; }

    /// <summary>The slow workers, when given.</summary>
    [JsonPropertyName("stragglers")]
    public StragglersRecord? Stragglers { get; init; }

    /// <summary>How flows share a NIC.</summary>
    [JsonPropertyName("network")]
    public required NetworkRecord Network { get; init; }

    /// <summary>What each parameter-server shard holds; null without a server.</summary>
    [JsonPropertyName("shards")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ShardRecord>? Shards { get; init; }

    /// <summary>The record of <paramref name="scenario"/> on <paramref name="model"/>.</summary>
    public static ScenarioRecord Of(JobModel model, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scenario);
        return new()
        {
            Mode = scenario.Mode.ToString(),
            Policy = Scenario.NameOf(scenario.Policy),
            SliceBytes = scenario.Policy == TransmissionPolicy.P3 ? scenario.SliceBytes : null,
            PsShards = scenario.Mode.HasServer ? scenario.Shards : 0,
            Placement = Scenario.NameOf(scenario.Placement),
            WorkerSpeeds = scenario.WorkerSpeeds,
            Stragglers = scenario.Stragglers is { } slow ? new StragglersRecord(slow.Count, slow.Factor) : null,
            Network = new NetworkRecord(new ShareSpreadRecord(scenario.Sharing.Send, scenario.Sharing.Receive), scenario.Reverse.Shares),
            Shards = scenario.Mode.HasServer ? ShardRecord.Of(model, ShardPlan.Assign(model, scenario.Shards, scenario.Placement)) : null,
        };
    }
}

/// <summary>The slowest workers: how many, and how much slower.</summary>
/// <param name="Count">The last this many workers are slow.</param>
/// <param name="Factor">Their step time over the others'.</param>
public sealed record StragglersRecord([property: JsonPropertyName("count")] int Count, [property: JsonPropertyName("factor")] double Factor);

/// <summary>How the network shares a NIC between flows.</summary>
/// <param name="ShareSpread">How unequal the shares of flows that send or receive together are.</param>
/// <param name="ReverseQueueing">The shares the reverse direction leaves.</param>
public sealed record NetworkRecord(
    [property: JsonPropertyName("share_spread")] ShareSpreadRecord ShareSpread,
    [property: JsonPropertyName("reverse_queueing")] IReadOnlyList<double> ReverseQueueing);

/// <summary>The spread of flows' shares per direction.</summary>
/// <param name="Send">When sending.</param>
/// <param name="Receive">When receiving.</param>
public sealed record ShareSpreadRecord([property: JsonPropertyName("send")] double Send, [property: JsonPropertyName("receive")] double Receive);

/// <summary>What one parameter-server shard holds and moves per step.</summary>
/// <param name="Shard">The shard's number, from 0.</param>
/// <param name="Parameters">The parameters it holds.</param>
/// <param name="BytesToWorkerPerStep">Bytes it sends a worker per step.</param>
/// <param name="BytesFromWorkerPerStep">Bytes it receives from a worker per step.</param>
public sealed record ShardRecord(
    [property: JsonPropertyName("shard")] int Shard,
    [property: JsonPropertyName("parameters")] IReadOnlyList<string> Parameters,
    [property: JsonPropertyName("bytes_to_worker_per_step")] long BytesToWorkerPerStep,
    [property: JsonPropertyName("bytes_from_worker_per_step")] long BytesFromWorkerPerStep)
{
    /// <summary>Each shard of <paramref name="plan"/>.</summary>
    public static IReadOnlyList<ShardRecord> Of(JobModel model, ShardPlan plan)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(plan);
        return [.. Enumerable.Range(0, plan.Shards).Select(k => new ShardRecord(
            k, [.. model.ParameterNames.Where((_, p) => plan.ShardOfParameter[p] == k)], plan.PullBytes[k], plan.PushBytes[k]))];
    }
}
