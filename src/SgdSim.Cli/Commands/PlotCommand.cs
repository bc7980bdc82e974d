using System.CommandLine;
using SgdSim.Reports;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim plot TABLE --x COLUMN --y COLUMN [--series COLUMN]</c>: a plot of any Parquet table sgdsim wrote.</summary>
internal static class PlotCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var table = new Argument<string>("table")
        {
            Description = "A Parquet table written by sgdsim: predictions.parquet from 'predict --out', a sweep table, …",
        };
        var x = new Option<string>("--x") { Description = "Column on the x axis.", DefaultValueFactory = _ => "workers" };
        var y = new Option<string>("--y") { Description = "Column on the y axis.", DefaultValueFactory = _ => "throughput_steps_per_s" };
        var series = new Option<string?>("--series") { Description = "Column whose values each get a line of their own (policy, placement, ps_shards, …)." };
        var where = new Option<string[]>("--where")
        {
            Description = "Keep only rows where COLUMN equals VALUE (COLUMN=VALUE; repeat to combine).",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--out", "-o") { Description = "The image: .png or .svg (default: beside the table, named by what it shows, e.g. sweep.throughput-vs-workers-by-policy.png)." };
        var title = new Option<string?>("--title") { Description = "Title of the plot (default: what is plotted, and the trace)." };
        // The columns complete from the table named before them.
        foreach (var option in new Option[] { x, y, series })
        {
            option.CompletionSources.Add(context => ColumnsOf(context.ParseResult.GetValue(table)));
        }

        where.CompletionSources.Add(context => ColumnsOf(context.ParseResult.GetValue(table)).Select(c => c + "="));
        var command = new Command("plot", """
            Plot two columns of a Parquet table written by sgdsim, one line per value of a third; the throughput's 95%
            confidence interval is drawn as a band where the table has it. Units come from the column names.

            Examples:
              sgdsim plot results/predictions.parquet
              sgdsim plot sweep.parquet --x workers --y throughput_steps_per_s --series policy --out policies.svg
              sgdsim plot sweep.parquet --x bandwidth_bits_per_s --series placement --where workers=8 --where policy=fifo
              sgdsim plot results/predictions.parquet --y ps_receive_utilisation --title "PS receive, MLP"
            """)
        {
            table, x, y, series, where, output, title,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var path = parse.GetValue(table)!;
            var filters = (parse.GetValue(where) ?? []).Select(ParseFilter).ToArray();
            var read = ResultTable.Read(path, cancellation);
            var image = parse.GetValue(output) ?? TablePlot.DefaultPath(path, parse.GetValue(x)!, parse.GetValue(y)!, parse.GetValue(series), filters);
            if (!image.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !image.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--out {image}: the image's name must end in .png or .svg.");
            }

            TablePlot.Save(image, read, parse.GetValue(x)!, parse.GetValue(y)!, parse.GetValue(series), parse.GetValue(title), filters);
            stdout.WriteLine(image);
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static IEnumerable<string> ColumnsOf(string? path)
    {
        try
        {
            return path is not null && File.Exists(path) ? ResultTable.Read(path).Columns : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidInputException)
        {
            return [];
        }
    }

    private static RowFilter ParseFilter(string text)
    {
        var split = text.IndexOf('=', StringComparison.Ordinal);
        return split > 0
            ? new RowFilter(text[..split], text[(split + 1)..])
            : throw new UsageException($"--where {text}: expected COLUMN=VALUE.");
    }
}
