using System.CommandLine;
using SgdSim.Workflows;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim merge OUT PARTS…</c>: the shards of a sweep as one table, as an unsharded run writes it.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Argument<string>("out") { Description = "The merged table to write, e.g. sweep/sweep.parquet." };
        var parts = new Argument<string[]>("parts")
        {
            Description = "Sweep tables to merge (the sweep.part-I-of-N.parquet files of 'sgdsim sweep --shard I/N').",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("merge", """
            Merge the shards of a sweep into one table in canonical order. Refuses files that are not SgdSim sweep
            tables, that come from another trace or other settings, or that give one configuration different results.

            Example:
              sgdsim merge sweep/sweep.parquet sweep/sweep.part-*-of-8.parquet
            """)
        {
            output, parts,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var merged = MergeWorkflow.Run(parse.GetValue(output)!, parse.GetValue(parts)!, cancellation);
            stdout.WriteLine($"Merged {Counts.Of(merged.Files.Count, "file")}: {Counts.Of(merged.Rows, "configuration")} written to {merged.Path}");
            if (merged.MissingShards.Count > 0)
            {
                stdout.WriteLine($"  not given: shard(s) {string.Join(", ", merged.MissingShards)} of {merged.ShardCount}; the table lacks their configurations");
            }

            return ExitCodes.Ok;
        })));
        return command;
    }
}
