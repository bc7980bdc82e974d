using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SgdSim.Benchmarks.Inputs;

namespace SgdSim.Benchmarks;

/// <summary>The input a benchmark imports, by its method name.</summary>
internal static class BenchmarkInput
{
    public static string? PathOf(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethod.Name switch
    {
        nameof(ImporterBenchmarks.ImportRunMetadataFolder) => BenchInputs.RunMetaFolder,
        nameof(ImporterBenchmarks.ImportTimelineJson) => BenchInputs.TimelineFile,
        nameof(ImporterBenchmarks.ImportXSpace) => BenchInputs.XSpaceFile,
        nameof(ImporterBenchmarks.ImportKinetoJson) => BenchInputs.KinetoFile,
        nameof(ImporterBenchmarks.ImportChakraFolder) => BenchInputs.ChakraFolder,
        _ => null,
    };

    /// <summary>Input size in bytes, or <c>null</c> when the input does not exist (yet).</summary>
    public static long? BytesOf(BenchmarkCase benchmarkCase) =>
        PathOf(benchmarkCase) is { } path && (File.Exists(path) || Directory.Exists(path)) ? BenchInputs.SizeOf(path) : null;
}

/// <summary>A custom numeric column of the summary table; subclasses give its name, legend, place and values.</summary>
public abstract class InputColumn(string name, string legend, int priority) : IColumn
{
    public string Id => GetType().Name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => priority;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}

/// <summary>Input size, MiB (2^20 bytes).</summary>
public sealed class InputSizeColumn() : InputColumn("Input MiB", "Size of the imported input, MiB (2^20 bytes)", 0)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkInput.BytesOf(benchmarkCase) is { } bytes ? (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) : "?";
}

/// <summary>Throughput: input size divided by the mean import time, MiB/s.</summary>
public sealed class ThroughputColumn() : InputColumn("MiB/s", "Input MiB / mean import time in seconds (goal: >= 200)", 1)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNs is > 0 && BenchmarkInput.BytesOf(benchmarkCase) is { } bytes
            ? (bytes / 1048576.0 / (meanNs.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture)
            : "?";
    }
}
