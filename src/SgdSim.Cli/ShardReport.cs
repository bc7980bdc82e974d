using System.Globalization;
using System.Text.Json.Nodes;
using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Cli;

/// <summary>What each parameter-server shard holds and moves per worker step, for inspect and predict.</summary>
internal static class ShardReport
{
    public static void Write(JobModel model, ShardPlan plan, ShardPlacement placement, TextWriter output)
    {
        output.WriteLine($"Shards     {plan.Shards} ({Scenario.NameOf(placement)}); per worker step:");
        for (var k = 0; k < plan.Shards; k++)
        {
            var held = Enumerable.Range(0, plan.ShardOfParameter.Length).Where(p => plan.ShardOfParameter[p] == k).ToArray();
            var heldBytes = GraphWriters.FormatBytes(held.Sum(p => model.ParameterBytes[p]));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ps {k,-3} {Counts.Of(held.Length, "tensor").PadRight(9),12} {heldBytes,10}   sends a worker {GraphWriters.FormatBytes(plan.PullBytes[k]),10}, receives {GraphWriters.FormatBytes(plan.PushBytes[k]),10}"));
        }
    }

    public static JsonArray ToJson(JobModel model, ShardPlan plan)
    {
        var array = new JsonArray();
        for (var k = 0; k < plan.Shards; k++)
        {
            var shard = k;
            array.Add(new JsonObject
            {
                ["shard"] = k,
                ["parameters"] = new JsonArray([.. model.ParameterNames.Where((_, p) => plan.ShardOfParameter[p] == shard).Select(n => JsonValue.Create(n))]),
                ["bytes_to_worker_per_step"] = plan.PullBytes[k],
                ["bytes_from_worker_per_step"] = plan.PushBytes[k],
            });
        }

        return array;
    }
}
