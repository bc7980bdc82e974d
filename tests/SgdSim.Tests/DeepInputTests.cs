using SgdSim.Cli;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// Input whose depth the input itself sets — response files naming response files, nested JSON — is read without
/// recursion or up to a stated depth, and refused in one line beyond it, never with a stack overflow.
/// </summary>
public sealed class DeepInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        var file = _dir.File(name);
        File.WriteAllText(file, text);
        return file;
    }

    [Fact]
    public void A_response_file_naming_itself_is_refused()
    {
        var self = _dir.File("self.rsp");
        File.WriteAllText(self, $"inspect\n@{self}\n");

        Refusal.AssertOneLine(CliRunner.Run($"@{self}"), "self.rsp names itself");
    }

    [Fact]
    public void Response_files_naming_each_other_are_refused_with_the_chain()
    {
        var a = _dir.File("a.rsp");
        var b = Write("b.rsp", $"--json\n@{a}\n");
        File.WriteAllText(a, $"inspect\n@{b}\n");

        Refusal.AssertOneLine(CliRunner.Run($"@{a}"), "a.rsp names itself", "b.rsp →");
    }

    [Fact]
    public void Response_files_nesting_deeper_than_the_limit_are_refused()
    {
        var next = Write("last.rsp", "inspect\n");
        for (var i = 0; i < ResponseFiles.MaxDepth; i++)
        {
            next = Write($"{i}.rsp", $"@{next}\n");
        }

        Refusal.AssertOneLine(CliRunner.Run($"@{next}"), $"nest more than {ResponseFiles.MaxDepth} deep");
    }

    [Fact]
    public void A_response_file_used_twice_but_not_inside_itself_is_read_twice()
    {
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");
        var json = Write("json.rsp", "--json\n");
        var both = Write("both.rsp", $"inspect\n\"{trace}\"\n@{json}\n--warmup 1\n");

        var result = CliRunner.Run($"@{both}");

        // --json twice is --json: the file was read in both places without being taken for a cycle.
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("{", result.Stdout.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_too_large_to_be_one_is_refused()
    {
        var big = _dir.File("big.rsp");
        using (var stream = File.Create(big))
        {
            stream.SetLength(ResponseFiles.MaxFileBytes + 1);
        }

        Refusal.AssertOneLine(CliRunner.Run($"@{big}"), "big.rsp", "more than a response file holds");
    }

    [Theory]
    [InlineData("timeline.json", "{\"traceEvents\": [{\"ph\": \"X\", \"name\": \"a\", \"args\": DEEP}]}")]
    [InlineData("kineto.json", "{\"schemaVersion\": 1, \"traceEvents\": [{\"ph\": \"X\", \"name\": \"a\", \"args\": {\"x\": DEEP}}]}")]
    [InlineData("kineto-top.json", "{\"schemaVersion\": 1, \"deep\": DEEP, \"traceEvents\": []}")]
    public void Json_nested_deeper_than_any_trace_is_refused_naming_the_limit(string name, string template)
    {
        const int depth = 100_000;
        var file = Write(name, template.Replace("DEEP", new string('[', depth) + new string(']', depth), StringComparison.Ordinal));

        Refusal.AssertOneLine(CliRunner.Run("inspect", file), name, "nests JSON arrays and objects more than 64 deep");
    }
}
