using System.CommandLine;
using SgdSim.Reports;

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
            var files = parse.GetValue(parts)!;
            var tables = files.Select(f => (f, SweepTable.Read(f, cancellation))).ToArray();
            var merged = SweepTable.Merge(tables);
            var path = parse.GetValue(output)!;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                CommonOptions.CreateOutputFolder(folder);
            }

            merged.Write(path, cancellation);
            stdout.WriteLine($"Merged {Counts.Of(files.Length, "file")}: {Counts.Of(merged.Rows.Count, "configuration")} written to {path}");
            var shards = tables.Select(t => t.Item2.Shard).OfType<SweepShard>().ToArray();
            if (shards.Length > 0 && shards.Select(s => s.Count).Distinct().Count() == 1)
            {
                var count = shards[0].Count;
                var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Index)).ToArray();
                if (missing.Length > 0)
                {
                    stdout.WriteLine($"  not given: shard(s) {string.Join(", ", missing)} of {count}; the table lacks their configurations");
                }
            }

            return ExitCodes.Ok;
        })));
        return command;
    }
}
