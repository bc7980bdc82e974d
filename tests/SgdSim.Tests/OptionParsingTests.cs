using System.CommandLine;
using System.CommandLine.Help;
using SgdSim.Cli;

namespace SgdSim.Tests;

/// <summary>
/// Every option of every command, given a value that is not one (a word, nothing): the parser refuses it in one line
/// naming the option, never with an exception or a multi-line list, and the command line exits with code 2.
/// </summary>
public sealed class OptionParsingTests
{
    public static TheoryData<string, string, string> EveryOptionWithAValueAndBadValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, command) in Commands(SgdSimCli.Create(TextWriter.Null, TextWriter.Null), []))
        {
            foreach (var option in command.Options.Where(TakesAValue))
            {
                data.Add(string.Join(' ', path), option.Name, "abc");
                data.Add(string.Join(' ', path), option.Name, "");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOptionWithAValueAndBadValues))]
    public async Task An_option_given_a_word_or_nothing_parses_it_itself_or_refuses_it_in_one_line(string commandPath, string optionName, string value)
    {
        var root = SgdSimCli.Create(TextWriter.Null, TextWriter.Null);
        var path = commandPath.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var command = path.Aggregate(root, (c, name) => c.Subcommands.Single(s => s.Name == name));
        var option = command.Options.Single(o => o.Name == optionName);
        // Everything else the command requires is given a harmless value, so the only error is the option's own.
        string[] args =
        [
            .. path,
            .. command.Arguments.SelectMany(_ => new[] { "1" }),
            .. command.Options.Where(o => o.Required && o != option).SelectMany(o => new[] { o.Name, "1" }),
            optionName, value,
        ];

        var parse = root.Parse(args);

        if (parse.Errors.Count == 0)
        {
            // Free text (a title, a file name): only options whose value is a string may take any word.
            Assert.True(option.ValueType == typeof(string) || option.ValueType == typeof(string[]), $"{optionName} accepted '{value}'");
            return;
        }

        var stderr = new StringWriter();
        var code = await SgdSimCli.RunAsync(args, TextWriter.Null, stderr);
        Assert.Equal(ExitCodes.BadInput, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(optionName, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("predict", "--durations", "foo", "--durations: 'foo' is not one of sample, median.")]
    [InlineData("predict", "--sharing", "", "--sharing: '' is not one of tcp, fair, connection, flow.")]
    [InlineData("predict", "--batch", "abc", "--batch must be 1 or more.")]
    [InlineData("predict", "--seed", "abc", "--seed must be a whole number.")]
    [InlineData("predict", "--trace-workers", "0", "--trace-workers must be 1 to 4096.")]
    [InlineData("compare", "--policies", "tic,abc", "--policies: 'abc' is not a policy (measured, tf-default, fifo, tic, tac, p3).")]
    public async Task A_bad_value_is_refused_with_what_the_option_takes(string command, string option, string value, string message)
    {
        var stderr = new StringWriter();
        var code = await SgdSimCli.RunAsync([command, "trace", "--workers", "1", option, value], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"sgdsim: {message} (see 'sgdsim {command} --help')", stderr.ToString().TrimEnd());
    }

    [Fact]
    public async Task A_format_not_offered_is_refused_with_the_ones_that_are()
    {
        var stderr = new StringWriter();
        var code = await SgdSimCli.RunAsync(["graph", "trace", "--format", "svg"], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("sgdsim: --format: 'svg' is not one of dot, graphml. (see 'sgdsim graph --help')", stderr.ToString().TrimEnd());
    }

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

    private static bool TakesAValue(Option option) => option.ValueType != typeof(bool) && option is not (HelpOption or VersionOption);
    [Fact]
    public void An_unknown_option_typed_with_a_line_break_in_it_is_refused_in_one_line()
    {
        var result = Support.CliRunner.Run("predict", "trace", "--wor\nkers", "2");

        Support.Refusal.AssertOneLine(result, "unknown option '--wor kers'");
    }

    [Fact]
    public void A_response_file_naming_a_file_with_a_NUL_in_its_name_is_refused_in_one_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sgdsim-nul-{Guid.NewGuid():N}.rsp");
        File.WriteAllText(file, "predict\n@a\0b\n");
        try
        {
            Support.Refusal.AssertOneLine(Support.CliRunner.Run("@" + file), "response file name 'a\\0b' holds a NUL character", file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
