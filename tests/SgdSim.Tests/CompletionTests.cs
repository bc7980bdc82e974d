using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using SgdSim.Cli;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>Help and completion offer only what the parsers accept, and <c>sgdsim completions SHELL</c> hooks
/// completion into a shell with nothing else installed.</summary>
public sealed partial class CompletionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static IEnumerable<(string[] Path, Command Command)> Commands(Command command, string[] path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Commands(sub, [.. path, sub.Name]))
            {
                yield return found;
            }
        }
    }

    private static (string[] Path, Command Command)[] AllCommands() =>
        [.. Commands(SgdSimCli.Create(TextWriter.Null, TextWriter.Null), [])];

    [Fact]
    public void Every_value_a_help_name_offers_is_accepted_by_its_option()
    {
        var checkedValues = 0;
        foreach (var (path, command) in AllCommands())
        {
            foreach (var option in command.Options.Where(o => o.HelpName?.Contains('|', StringComparison.Ordinal) == true))
            {
                foreach (var value in option.HelpName!.Split('|').Where(v => !v.Any(char.IsUpper)))
                {
                    var parse = SgdSimCli.Create(TextWriter.Null, TextWriter.Null).Parse([.. path, option.Name, value]);

                    Assert.DoesNotContain(parse.Errors, e => e.Message.Contains(option.Name, StringComparison.Ordinal) || e.Message.Contains($"'{value}'", StringComparison.Ordinal));
                    checkedValues++;
                }
            }
        }

        Assert.True(checkedValues > 40, $"{checkedValues} values checked");
    }

    [Fact]
    public void Help_of_every_command_shows_values_and_defaults_by_the_names_the_parsers_accept()
    {
        foreach (var (path, _) in AllCommands())
        {
            var help = CliRunner.Run([.. path, "--help"]).Stdout;

            foreach (Match m in HelpName().Matches(help))
            {
                Assert.All(m.Groups[1].Value.Split('|'), v => Assert.Matches("^([a-z0-9-]+|[a-z]+:[A-Z])$", v));
            }

            foreach (Match m in Default().Matches(help))
            {
                Assert.DoesNotMatch("[A-Z]", m.Groups[1].Value);
            }

            Assert.DoesNotContain("RoundRobin", help, StringComparison.Ordinal);
            Assert.DoesNotContain("TfDefault", help, StringComparison.Ordinal);
        }

        var predict = CliRunner.Run("predict", "--help").Stdout;
        Assert.Contains("--placement <round-robin|greedy-bytes>", predict, StringComparison.Ordinal);
        Assert.Contains("[default: round-robin]", predict, StringComparison.Ordinal);
        Assert.Contains("--mode <async|sync|ssp:N|allreduce>", predict, StringComparison.Ordinal);
        Assert.Contains("[default: 0.08,0.12]", predict, StringComparison.Ordinal);
        Assert.Contains("[default: 0.84,0.54,0.39]", predict, StringComparison.Ordinal);
        Assert.Contains("--placement <round-robin|greedy-bytes>", CliRunner.Run("inspect", "--help").Stdout, StringComparison.Ordinal);
        Assert.Contains("--policy <measured|tf-default|fifo|tic|tac|p3>", CliRunner.Run("sweep", "--help").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_is_shown_as_typed_also_where_help_wrapped_it_inside_a_word()
    {
        var predict = SgdSimCli.Create(TextWriter.Null, TextWriter.Null).Subcommands.Single(c => c.Name == "predict");
        var reverse = predict.Options.Single(o => o.Name == "--reverse-queueing");
        var shown = reverse.GetDefaultValue()!.ToString()!;
        var wrapped = $"  --reverse-queueing   The share. [default: {shown[..12]}\n                       {shown[12..20]}\n  {shown[20..]}]\n";

        var help = AcceptedValues.FixDefaults(wrapped, predict);

        Assert.Equal("  --reverse-queueing   The share. [default: 0.84,0.54,0.39]\n", help);
    }

    [Theory]
    [InlineData("sgdsim inspect run/ --placement ", "round-robin,greedy-bytes")]
    [InlineData("sgdsim sweep run/ --placement ", "round-robin,greedy-bytes")]
    [InlineData("sgdsim sweep run/ --mode ", "async,sync,ssp:0,ssp:1,ssp:2,ssp:4,allreduce")]
    [InlineData("sgdsim predict run/ --mode ss", "ssp:0,ssp:1,ssp:2,ssp:4")]
    [InlineData("sgdsim sweep run/ --policy fifo,t", "fifo,tf-default,fifo,tic,fifo,tac")]
    [InlineData("sgdsim compare run/ --policy tic,tac,", "tic,tac,measured,tic,tac,tf-default,tic,tac,fifo,tic,tac,p3")]
    [InlineData("sgdsim completions ", "bash,zsh,fish,pwsh")]
    public void Fixed_sets_complete_their_accepted_names_and_lists_the_names_not_yet_given(string line, string expected)
    {
        var result = CliRunner.Run("[suggest]", line);

        var completions = result.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var names = expected.Split(',');
        // A list's completions carry the items given before them: "fifo,tic" is one completion.
        var wanted = line.EndsWith(',') || line.Contains(",t", StringComparison.Ordinal)
            ? Regroup(names, line[(line.LastIndexOf(' ') + 1)..])
            : names;
        Assert.Superset(wanted.ToHashSet(), completions.ToHashSet());
        Assert.DoesNotContain(completions, c => c.Any(char.IsUpper));
    }

    // "fifo,tf-default,fifo,tic" with prefix "fifo,t" as "fifo,tf-default" and "fifo,tic".
    private static string[] Regroup(string[] parts, string typed)
    {
        var given = typed[..(typed.LastIndexOf(',') + 1)];
        var items = given.Count(c => c == ',') + 1;
        return [.. parts.Chunk(items).Select(chunk => string.Join(",", chunk))];
    }

    [Fact]
    public void Plot_completes_the_columns_of_the_table_it_is_given()
    {
        var folder = _dir.File("run");
        Assert.Equal(0, CliRunner.Run("predict", Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp"), "--workers", "1", "--replicas", "3", "--steps", "8", "--out", folder).ExitCode);
        var table = Path.Combine(folder, "predictions.parquet");

        var series = CliRunner.Run("[suggest]", $"sgdsim plot {table} --y ").Stdout.Split(Environment.NewLine);
        var where = CliRunner.Run("[suggest]", $"sgdsim plot {table} --where wor").Stdout.Split(Environment.NewLine);

        Assert.Contains("throughput_steps_per_s", series);
        Assert.Contains("workers=", where);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _sgdsim_complete sgdsim")]
    [InlineData("zsh", "compdef _sgdsim sgdsim")]
    [InlineData("fish", "complete -c sgdsim")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName sgdsim")]
    public void Completions_prints_a_script_for_each_shell_that_asks_the_suggest_directive(string shell, string registration)
    {
        var result = CliRunner.Run("completions", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(registration, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Completions_of_an_unknown_shell_is_refused() =>
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("completions", "tcsh").ExitCode);

    [Fact]
    public void The_bash_script_completes_in_bash_itself()
    {
        if (!File.Exists("/bin/bash"))
        {
            return; // bash is on every Linux and macOS machine the tests run on; not on Windows
        }

        var script = _dir.File("completion.bash");
        File.WriteAllText(script, CliRunner.Run("completions", "bash").Stdout);
        var cli = typeof(SgdSimCli).Assembly.Location;
        var test = $$"""
            sgdsim() { dotnet '{{cli}}' "$@"; }
            source '{{script}}'
            ask() { COMP_LINE="$1"; COMP_POINT=${#1}; read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _sgdsim_complete; echo "${COMPREPLY[*]}"; }
            ask "sgdsim pre"
            ask "sgdsim predict run/ --placement "
            ask "sgdsim sweep run/ --policy fifo,t"
            """;
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var bash = Process.Start(start)!;
        bash.StandardInput.Write(test.ReplaceLineEndings("\n"));
        bash.StandardInput.Close();
        var output = bash.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        bash.WaitForExit();

        Assert.Equal(["predict", "greedy-bytes round-robin", "fifo,tac fifo,tf-default fifo,tic"], output); // sorted, as System.CommandLine gives them
    }

    [ShellFact("fish")]
    public void The_fish_script_completes_in_fish_itself_and_leaves_file_names_to_fish()
    {
        var script = _dir.File("sgdsim.fish");
        File.WriteAllText(script, CliRunner.Run("completions", "fish").Stdout);
        var bin = Directory.CreateDirectory(_dir.File("bin")).FullName;
        var launcher = Path.Combine(bin, "sgdsim");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet '{typeof(SgdSimCli).Assembly.Location}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.CreateDirectory(Path.Combine(_dir.Path, "traces"));
        string[] Ask(string line)
        {
            var start = new ProcessStartInfo("fish") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"source '{script}'; complete -C '{line}'");
            start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            using var fish = Process.Start(start)!;
            var output = fish.StandardOutput.ReadToEnd();
            fish.WaitForExit();
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0])];
        }

        Assert.Equal(["predict"], Ask("sgdsim pre"));
        Assert.Equal(["greedy-bytes", "round-robin"], Ask("sgdsim predict run/ --placement "));
        Assert.Equal(["tac", "tf-default", "tic"], Ask("sgdsim predict run/ --policy t"));
        Assert.Equal(["traces/"], Ask("sgdsim predict tra")); // no option starts so: fish's own file names
    }

    [ShellFact("zsh")]
    public void The_zsh_script_is_valid_zsh()
    {
        var script = _dir.File("sgdsim.zsh");
        File.WriteAllText(script, CliRunner.Run("completions", "zsh").Stdout);
        var start = new ProcessStartInfo("zsh") { RedirectStandardError = true };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(script);
        using var zsh = Process.Start(start)!;
        var errors = zsh.StandardError.ReadToEnd();
        zsh.WaitForExit();

        Assert.True(zsh.ExitCode == 0, errors);
    }

    [GeneratedRegex(@"--[a-z-]+ <([^>]*\|[^>]*)>")]
    private static partial Regex HelpName();

    [GeneratedRegex(@"\[default: ([^\]]*)\]")]
    private static partial Regex Default();
}

/// <summary>A fact that is skipped where <c>/usr/bin/SHELL</c> (or <c>/bin/SHELL</c>) is not installed.</summary>
internal sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute(string shell)
    {
        if (!File.Exists($"/usr/bin/{shell}") && !File.Exists($"/bin/{shell}"))
        {
            Skip = $"{shell} is not installed here.";
        }
    }
}
