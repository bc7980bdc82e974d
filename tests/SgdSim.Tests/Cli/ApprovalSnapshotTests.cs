using SgdSim.Tests.Support;

namespace SgdSim.Tests.Cli;

/// <summary>
/// Approval snapshots: every command's help, and the JSON of predict, compare, validate, sweep and inspect on the
/// bundled traces, compared byte for byte with the files in <c>tests/SgdSim.Tests/Snapshots</c> (commands.txt lists
/// the commands). After a change meant to alter them, rerun with <c>SGDSIM_UPDATE_SNAPSHOTS=1</c>, which rewrites the
/// files, and review their diff.
/// </summary>
public sealed class ApprovalSnapshotTests
{
    private const string UpdateVariable = "SGDSIM_UPDATE_SNAPSHOTS";

    public static TheoryData<string> Commands()
    {
        var names = new TheoryData<string>();
        foreach (var (name, _) in Read())
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_is_as_approved(string name)
    {
        var arguments = Read().Single(c => c.Name == name).Arguments;
        using var output = new TempDir();
        var result = CliRunner.Run([.. arguments.Split(' ').Select(a => a.Replace("{repo}", Paths.RepositoryRoot).Replace("{out}", output.Path))]);
        var seen = $"exit: {result.ExitCode}\n" + result.Stdout.Replace(Paths.RepositoryRoot, "<repo>").Replace(output.Path, "<out>");
        Approve(name + ".txt", seen);
    }

    [Fact]
    public void Public_api_of_the_library_is_as_approved() =>
        Approve("SgdSim.PublicApi.txt", PublicApi.Of(typeof(Counts).Assembly));

    private static string Folder => Path.Combine(Paths.RepositoryRoot, "tests", "SgdSim.Tests", "Snapshots");

    private static IEnumerable<(string Name, string Arguments)> Read() =>
        File.ReadLines(Path.Combine(Folder, "commands.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(": ", 2))
            .Select(parts => (parts[0], parts[1]));

    private static void Approve(string file, string seen)
    {
        var path = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, seen);
            return;
        }

        var approved = File.Exists(path) ? File.ReadAllText(path) : null;
        Assert.True(approved == seen,
            $"{file} differs from what the command prints now ({FirstDifference(approved ?? "", seen)}). If the change is meant, run the tests with "
            + $"{UpdateVariable}=1 to rewrite tests/SgdSim.Tests/Snapshots, and review the diff.");
    }

    private static string FirstDifference(string approved, string seen)
    {
        var a = approved.Split('\n');
        var s = seen.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, s.Length); i++)
        {
            var (was, now) = (i < a.Length ? a[i] : "(end)", i < s.Length ? s[i] : "(end)");
            if (was != now)
            {
                return $"line {i + 1}: approved '{was}', now '{now}'";
            }
        }

        return "no line differs";
    }
}
