namespace SgdSim.Tests.Support;

/// <summary>How bad input must be refused: exit code 2 and one line on stderr, without a stack trace.</summary>
internal static class Refusal
{
    /// <summary>Asserts the refusal and that its line holds every one of <paramref name="parts"/>.</summary>
    public static void AssertOneLine(CliRunner.Result result, params string[] parts)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in parts)
        {
            Assert.Contains(part, line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }
}
