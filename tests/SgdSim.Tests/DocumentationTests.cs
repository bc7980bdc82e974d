using System.Text.RegularExpressions;
using SgdSim.Accuracy;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// The README and docs/ as a clone has them: the test command is the one CI runs, the README's examples read only what
/// the repository holds, and the generated accuracy tables have their one place. tools/readme-examples.py runs the
/// examples themselves and checks the links.
/// </summary>
public sealed class DocumentationTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(Paths.RepositoryRoot, path)).ReplaceLineEndings("\n");

    [Fact]
    public void The_readme_gives_the_test_command_that_ci_runs()
    {
        const string Command = "dotnet test SgdSim.sln";

        Assert.Contains($"```sh\n{Command}\n```", Read("README.md"), StringComparison.Ordinal);
        Assert.Contains($"\n{Command}\n", Read(".ci/run"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_examples_read_only_what_a_clone_has()
    {
        var commands = Read("README.md").Split('\n').Where(line => line.StartsWith("$ sgdsim", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.DoesNotContain("../shared", command, StringComparison.Ordinal));
    }

    [Fact]
    public void The_accuracy_tables_are_in_docs_accuracy_md_only()
    {
        Assert.Equal("docs/accuracy.md", AccuracyTool.Page);
        Assert.Single(Regex.Matches(Read(AccuracyTool.Page), Regex.Escape(AccuracyTool.Begin)));
        Assert.DoesNotContain(AccuracyTool.Begin, Read("README.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reference.md")]
    [InlineData("simulation.md")]
    [InlineData("importers.md")]
    [InlineData("performance.md")]
    [InlineData("accuracy.md")]
    [InlineData("development.md")]
    public void The_readme_contents_link_every_page_of_docs(string page)
    {
        Assert.Contains($"](docs/{page})", Read("README.md"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Paths.RepositoryRoot, "docs", page)));
    }
}
