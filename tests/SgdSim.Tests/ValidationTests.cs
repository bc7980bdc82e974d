using SgdSim.Analysis;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>Reading measured throughput from CSV, and comparing predictions with it.</summary>
public sealed class ValidationTests
{
    private const string Header = "workers,throughput_steps_per_s,sd_steps_per_s,min_steps_per_s,max_steps_per_s,runs";

    private static IReadOnlyList<MeasuredPoint> Parse(string csv) => MeasuredThroughput.Read("m.csv", new StringReader(csv));

    [Fact]
    public void A_full_measured_CSV_gives_every_column_and_an_empty_sd_is_unknown()
    {
        var points = Parse($"{Header}\n1,2.9901,,2.9901,2.9901,1\n2,0.7018,0.1262,0.5864,0.8996,5\n");

        Assert.Equal([new MeasuredPoint(1, 2.9901, null, 2.9901, 2.9901, 1), new MeasuredPoint(2, 0.7018, 0.1262, 0.5864, 0.8996, 5)], points);
    }

    [Fact]
    public void Only_workers_and_throughput_are_required_in_any_order_and_unknown_columns_are_ignored()
    {
        var points = Parse("note, throughput_steps_per_s ,workers\r\nfast,4.5,8\r\n\r\nslow,1.25,1\r\n");

        Assert.Equal([new MeasuredPoint(8, 4.5), new MeasuredPoint(1, 1.25)], points);
    }

    [SharedFact("groundtruth/mlp-b16-300mbit/measured.csv")]
    public void The_ground_truth_CSV_of_the_300_Mbit_set_reads_as_five_worker_counts_with_their_spread()
    {
        var points = MeasuredThroughput.Read(Paths.SharedPath("groundtruth/mlp-b16-300mbit/measured.csv"));

        Assert.Equal([1, 2, 3, 4, 6], points.Select(p => p.Workers));
        Assert.Equal(new MeasuredPoint(2, 0.7018, 0.1262, 0.5864, 0.8996, 5), points[1]);
    }

    [Theory]
    [InlineData("", "is empty; a measured-throughput CSV starts with a header line such as 'workers,throughput_steps_per_s,sd_steps_per_s'.")]
    [InlineData("workers,sd_steps_per_s\n1,0.1\n", "has no 'throughput_steps_per_s' column (its header line is 'workers,sd_steps_per_s').")]
    [InlineData("n,throughput_steps_per_s\n1,2\n", "has no 'workers' column (its header line is 'n,throughput_steps_per_s').")]
    [InlineData(Header + "\n", "has a header line but no rows of measurements.")]
    [InlineData(Header + "\n1,2.5,,,,1\n2,fast,,,,1\n", "line 3, column 'throughput_steps_per_s' has 'fast', which is not a number.")]
    [InlineData(Header + "\n1,2.5,x,,,1\n", "line 2, column 'sd_steps_per_s' has 'x', which is not a number.")]
    [InlineData(Header + "\n1.5,2.5,,,,1\n", "line 2, column 'workers' has '1.5', which is not a whole number.")]
    [InlineData(Header + "\n0,2.5,,,,1\n", "line 2, column 'workers' has 0; there must be at least 1 worker.")]
    [InlineData(Header + "\n-2,2.5,,,,1\n", "line 2, column 'workers' has -2; there must be at least 1 worker.")]
    [InlineData(Header + "\n1,,,,,1\n", "line 2, column 'throughput_steps_per_s' has nothing, and it is required.")]
    [InlineData(Header + "\n1,0,,,,1\n", "line 2, column 'throughput_steps_per_s' has 0 steps/s; a measured throughput must be positive.")]
    [InlineData(Header + "\n1,NaN,,,,1\n", "line 2, column 'throughput_steps_per_s' has 'NaN', which is not a number.")]
    [InlineData(Header + "\n1,2,-0.5,,,1\n", "line 2, column 'sd_steps_per_s' has a negative standard deviation (-0.5).")]
    [InlineData(Header + "\n1,2,,,,1\n2,3,,,,1\n1,2.1,,,,1\n", "line 4 measures worker count 1 again (first on line 2).")]
    [InlineData(Header + "\n1,2,,,\n", "line 2 has 5 fields but the header has 6.")]
    public void Bad_measured_CSV_is_refused_in_one_sentence_naming_the_file_and_where(string csv, string problem)
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse(csv));

        Assert.Equal($"m.csv: {problem}", e.Message);
    }

    [Fact]
    public void A_measured_CSV_or_table_of_predictions_that_is_missing_or_a_folder_is_named()
    {
        using var dir = new TempDir();
        var path = dir.File("missing");

        Assert.Equal($"{path}: does not exist.", Assert.Throws<InvalidInputException>(() => MeasuredThroughput.Read(path)).Message);
        Assert.Equal($"{path}: does not exist.", Assert.Throws<InvalidInputException>(() => PredictionTable.Read(path)).Message);
        Assert.Equal($"{dir.Path}: is a folder, not a file.", Assert.Throws<InvalidInputException>(() => MeasuredThroughput.Read(dir.Path)).Message);
        Assert.Equal($"{dir.Path}: is a folder, not a file.", Assert.Throws<InvalidInputException>(() => PredictionTable.Read(dir.Path)).Message);
    }

    [Fact]
    public void Errors_are_signed_percentages_of_the_measurement_and_MAPE_and_the_maximum_use_their_size()
    {
        Prediction[] predicted =
        [
            new(1, 2.2, 2.1, 2.3, [], 0, 0, 1, "worker-compute", 0),
            new(2, 3.0, 2.5, 3.5, [], 0, 0, 1, "ps-send", 0),
            new(4, 5.0, 4.0, 6.0, [], 0, 0, 1, "ps-send", 0),
        ];
        MeasuredPoint[] measured = [new(1, 2.0), new(2, 4.0, 0.25), new(3, 1.0), new(4, 5.0)];

        var report = Validation.Compare(predicted, measured);

        Assert.Equal([1, 2, 4], report.Rows.Select(r => r.Workers));
        Assert.Equal(10.0, report.Rows[0].ErrorPct, 12);   // (2.2 − 2) / 2
        Assert.Equal(-25.0, report.Rows[1].ErrorPct, 12);  // (3 − 4) / 4
        Assert.Equal(0.0, report.Rows[2].ErrorPct, 12);
        Assert.Equal(35.0 / 3, report.MapePct, 12);
        Assert.Equal(25.0, report.MaxAbsErrorPct, 12);
        Assert.Equal([3], report.UnpredictedWorkers);
        Assert.Equal(0.25, report.Rows[1].MeasuredSdStepsPerS);
        Assert.Equal((2.5, 3.5), (report.Rows[1].Ci95LowStepsPerS, report.Rows[1].Ci95HighStepsPerS));
        Assert.Equal([false, false, true], report.Rows.Select(r => r.MeasuredInCi95));
    }

    [Fact]
    public void Comparing_with_no_worker_count_in_common_is_an_error()
    {
        Prediction[] predicted = [new(8, 1, 1, 1, [], 0, 0, 1, "ps-send", 0)];

        Assert.Throws<ArgumentException>(() => Validation.Compare(predicted, [new MeasuredPoint(1, 2.0)]));
    }
}
