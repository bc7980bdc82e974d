using SgdSim.Tests.Support;

namespace SgdSim.Tests;

public sealed class CliTests
{
    [Fact]
    public void Help_is_shown_when_no_command_is_given()
    {
        var result = CliRunner.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sgdsim [command] [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("inspect", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("graph", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("graph")]
    public void Every_command_has_help_with_examples(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"sgdsim {command} ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_is_printed()
    {
        var result = CliRunner.Run("--version");

        // In-process the entry assembly is the test host, whose version is printed; only the shape is checked.
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+", result.Stdout);
    }

    [Fact]
    public void The_main_readme_command_runs_on_the_bundled_trace()
    {
        var result = CliRunner.Run("inspect", Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("161 tensors, 102,228,128 bytes", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }
}
