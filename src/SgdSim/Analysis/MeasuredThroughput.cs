using System.Globalization;
using SgdSim.Simulation;

namespace SgdSim.Analysis;

/// <summary>A measured throughput for one worker count, from a <see cref="MeasuredThroughput"/> CSV.</summary>
/// <param name="Workers">Number of workers (at least 1).</param>
/// <param name="ThroughputStepsPerS">Measured steps per second of all workers together (the mean over runs).</param>
/// <param name="SdStepsPerS">Standard deviation over runs, when known.</param>
/// <param name="MinStepsPerS">Slowest run, when known.</param>
/// <param name="MaxStepsPerS">Fastest run, when known.</param>
/// <param name="Runs">Number of runs, when known.</param>
public sealed record MeasuredPoint(
    int Workers,
    double ThroughputStepsPerS,
    double? SdStepsPerS = null,
    double? MinStepsPerS = null,
    double? MaxStepsPerS = null,
    int? Runs = null);

/// <summary>
/// Reads measured throughput from a CSV with a header line: <c>workers</c> and <c>throughput_steps_per_s</c> are
/// required; <c>sd_steps_per_s</c>, <c>min_steps_per_s</c>, <c>max_steps_per_s</c> and <c>runs</c> are read when
/// present and may be empty; other columns are ignored.
/// </summary>
public static class MeasuredThroughput
{
    private const string WorkersColumn = "workers";
    private const string ThroughputColumn = "throughput_steps_per_s";

    /// <summary>Reads the points of <paramref name="path"/> in file order.</summary>
    /// <exception cref="InvalidInputException">The file is missing, lacks a required column, has a value that is not a
    /// number, fewer than 1 worker, a worker count twice, or no rows; the message names the line and column.</exception>
    public static IReadOnlyList<MeasuredPoint> Read(string path)
    {
        InvalidInputException.ThrowUnlessFile(path);
        using var reader = new StreamReader(path);
        return Read(path, reader);
    }

    /// <summary>Reads points from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidInputException">As for <see cref="Read(string)"/>.</exception>
    public static IReadOnlyList<MeasuredPoint> Read(string source, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        string? header;
        do
        {
            header = reader.ReadLine();
            lineNumber++;
        }
        while (header is not null && header.Trim().Length == 0);

        if (header is null)
        {
            throw new InvalidInputException(source, $"is empty; a measured-throughput CSV starts with a header line such as '{WorkersColumn},{ThroughputColumn},sd_steps_per_s'.");
        }

        var names = Split(header);
        int Column(string name) => Array.IndexOf(names, name);
        var workers = Column(WorkersColumn);
        var throughput = Column(ThroughputColumn);
        foreach (var (required, index) in new[] { (WorkersColumn, workers), (ThroughputColumn, throughput) })
        {
            if (index < 0)
            {
                throw new InvalidInputException(source, $"has no '{required}' column (its header line is '{header.Trim()}').");
            }
        }

        var (sd, min, max, runs) = (Column("sd_steps_per_s"), Column("min_steps_per_s"), Column("max_steps_per_s"), Column("runs"));
        var points = new List<MeasuredPoint>();
        var firstLine = new Dictionary<int, int>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (fields.Length != names.Length)
            {
                throw new InvalidInputException(source, $"line {lineNumber} has {fields.Length} fields but the header has {names.Length}.");
            }

            var row = new Row(source, lineNumber, names, fields);
            var point = new MeasuredPoint(
                row.Integer(workers) ?? throw row.Missing(workers),
                row.Number(throughput) ?? throw row.Missing(throughput),
                row.Number(sd), row.Number(min), row.Number(max), row.Integer(runs));
            Check(row, point, workers, throughput, sd);
            if (!firstLine.TryAdd(point.Workers, lineNumber))
            {
                throw new InvalidInputException(source, $"line {lineNumber} measures worker count {point.Workers} again (first on line {firstLine[point.Workers]}).");
            }

            points.Add(point);
        }

        if (points.Count == 0)
        {
            throw new InvalidInputException(source, "has a header line but no rows of measurements.");
        }

        return points;
    }

    // A point a simulation can be compared with: 1 to the simulator's most workers, a positive throughput, no negative spread.
    private static void Check(Row row, MeasuredPoint point, int workers, int throughput, int sd)
    {
        if (point.Workers < 1)
        {
            throw row.Error(workers, $"{point.Workers}; there must be at least 1 worker.");
        }

        if (point.Workers > Predictor.MaxWorkers)
        {
            throw row.Error(workers, $"{point.Workers}, more workers than this simulator runs ({Predictor.MaxWorkers} at most).");
        }

        if (!(point.ThroughputStepsPerS > 0))
        {
            throw row.Error(throughput, $"{point.ThroughputStepsPerS} steps/s; a measured throughput must be positive.");
        }

        if (point.SdStepsPerS < 0)
        {
            throw row.Error(sd, $"a negative standard deviation ({point.SdStepsPerS}).");
        }
    }

    private static string[] Split(string line) => [.. line.Split(',').Select(f => f.Trim())];

    // One data line, with parsing that names the line and column of what it cannot read.
    private readonly record struct Row(string Source, int Line, string[] Names, string[] Fields)
    {
        public double? Number(int column)
        {
            if (column < 0 || Fields[column].Length == 0)
            {
                return null;
            }

            return double.TryParse(Fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw Error(column, $"'{Fields[column]}', which is not a number.");
        }

        public int? Integer(int column)
        {
            if (column < 0 || Fields[column].Length == 0)
            {
                return null;
            }

            return int.TryParse(Fields[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(column, $"'{Fields[column]}', which is not a whole number.");
        }

        public InvalidInputException Missing(int column) => Error(column, "nothing, and it is required.");

        public InvalidInputException Error(int column, string found) =>
            new(Source, $"line {Line}, column '{Names[column]}' has {found}");
    }
}
