using System.Text;
using SgdSim.Tests.Support;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

/// <summary>
/// Input that used to end in an internal error (exit 1) or be taken as it was: text that is not text, empty file
/// names, transfers that show no link, steps whose times run backwards, cycles outside the step the model is built
/// from. Each is refused in one line naming the file or option and what is wrong, with exit code 2.
/// </summary>
public sealed class BadValueTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Bundled() => Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private string WriteSteps(params RunMetadataBuilder[] steps) => RunMetadataBuilder.WriteSteps(_dir.File("trace"), steps);

    [Theory]
    [InlineData("kineto.json", "{\"schemaVersion\": 1, \"traceEvents\": [{\"ph\": \"X\", \"name\": \"NAME\", \"pid\": 1, \"tid\": 1, \"ts\": 1, \"dur\": 1}]}")]
    [InlineData("timeline.json", "{\"traceEvents\": [{\"ph\": \"X\", \"name\": \"NAME\", \"pid\": 1, \"tid\": 1, \"ts\": 1, \"dur\": 1}]}")]
    public void A_string_that_is_not_text_is_refused_naming_the_file(string name, string template)
    {
        var (before, after) = (template[..template.IndexOf("NAME", StringComparison.Ordinal)], template[(template.IndexOf("NAME", StringComparison.Ordinal) + 4)..]);
        var invalidUtf8 = _dir.File("utf8-" + name);
        File.WriteAllBytes(invalidUtf8, [.. Encoding.UTF8.GetBytes(before), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(after)]);
        var loneSurrogate = _dir.File("surrogate-" + name);
        File.WriteAllText(loneSurrogate, before + "\\ud800x" + after);

        Refusal.AssertOneLine(CliRunner.Run("inspect", invalidUtf8), "utf8-" + name, "has a string that is not valid UTF-8 text");
        Refusal.AssertOneLine(CliRunner.Run("inspect", loneSurrogate), "surrogate-" + name, "an unpaired surrogate");
    }

    [Theory]
    [InlineData("predict", "--out")]
    [InlineData("predict", "--tensor-bytes")]
    [InlineData("sweep", "--out")]
    [InlineData("graph", "--out")]
    [InlineData("compare", "--out")]
    [InlineData("validate", "--measured")]
    public void An_empty_file_or_folder_name_is_refused_naming_the_option(string command, string option)
    {
        string[] args = command switch
        {
            "graph" => [command, Bundled(), option, ""],
            "validate" => [command, Bundled(), option, ""],
            "sweep" => [command, Bundled(), "--workers", "1", option, " "],
            _ => [command, Bundled(), "--workers", "1", option, ""],
        };

        Refusal.AssertOneLine(CliRunner.Run(args), $"{option} is empty: give a file or folder");
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("plot")]
    public void An_empty_trace_or_table_argument_is_refused(string command) =>
        Refusal.AssertOneLine(CliRunner.Run(command, ""), "argument is empty: give a file or folder");

    [Theory]
    [InlineData(0L, "show no link rate")]
    [InlineData(long.MaxValue / 4, "outside the rates simulated")]
    public void Transfers_that_show_no_possible_link_are_refused(long bytes, string problem)
    {
        var trace = WriteSteps(SimpleStep(1_000, bytes), SimpleStep(2_000, bytes), SimpleStep(3_000, bytes));

        Refusal.AssertOneLine(CliRunner.Run("predict", trace, "--workers", "1-2"), "parameter server to worker transfers", problem);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("predict")]
    public void Steps_whose_times_run_backwards_are_refused(string command)
    {
        // The second step an hour before the first: a negative time between them.
        var trace = WriteSteps(SimpleStep(10_000_000_000), SimpleStep(10_000_000_000 - 3_600_000_000), SimpleStep(10_000_001_000));
        string[] args = command == "predict" ? [command, trace, "--workers", "1-2"] : [command, trace];

        Refusal.AssertOneLine(CliRunner.Run(args), "step 1 starts 3600 s before step 0 does: its times run backwards");
    }

    [Fact]
    public void A_dependency_cycle_in_any_step_is_refused_naming_its_ops()
    {
        static RunMetadataBuilder Cyclic(long t) => new RunMetadataBuilder()
            .Op(Ps, "w/read = Identity(w)", t, 5)
            .Recv(Worker, "edge_1_w/read", Ps, Worker, 4096, t, 50)
            .Op(Worker, "a = MatMul(input, w/read_S1, b)", t + 60, 100)
            .Op(Worker, "b = MatMulGrad(a)", t + 160, 100)
            .Op(Worker, "gradients/w_grad = MatMulGrad(b)", t + 260, 100)
            .Recv(Ps, "edge_2_gradients/w_grad", Worker, Ps, 4096, t + 360, 50)
            .Op(Ps, "update_w/ApplyGradientDescent = ApplyGradientDescent(w, lr, gradients/w_grad_S2)", t + 420, 10);

        // Only the last step has the cycle: the model is built from the first after warm-up, which has none.
        var trace = WriteSteps(SimpleStep(1_000), SimpleStep(2_000), SimpleStep(3_000), Cyclic(4_000));

        Refusal.AssertOneLine(CliRunner.Run("predict", trace, "--workers", "1-2"), "step 3 has a dependency cycle: 'a' → 'b' → 'a'");
        Refusal.AssertOneLine(CliRunner.Run("sweep", trace, "--workers", "1-2", "--out", _dir.File("sweep")), "dependency cycle");
    }

    [Fact]
    public void A_measured_worker_count_beyond_what_is_simulated_is_refused()
    {
        var measured = _dir.File("measured.csv");
        File.WriteAllText(measured, "workers,throughput_steps_per_s\n5000,1\n");

        Refusal.AssertOneLine(CliRunner.Run("validate", Bundled(), "--measured", measured), "measured.csv", "5000, more workers than this simulator runs (4096 at most)");
    }
}
