using System.Text.Json.Serialization;
using SgdSim.Workflows;

namespace SgdSim.Cli.Rendering;

/// <summary>
/// The <c>--json</c> outputs of the commands that run a workflow: the workflow's result record, serialised by
/// System.Text.Json's source generator (indented, keys as the records name them, nulls written unless a property
/// says otherwise).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(PredictResult))]
[JsonSerializable(typeof(CompareResult))]
[JsonSerializable(typeof(ValidateResult))]
[JsonSerializable(typeof(SweepResult))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>Writes a workflow's result as the one JSON object a <c>--json</c> command prints.</summary>
internal static class CliJson
{
    public static void Write(TextWriter output, PredictResult result) =>
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, CliJsonContext.Default.PredictResult));

    public static void Write(TextWriter output, CompareResult result) =>
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, CliJsonContext.Default.CompareResult));

    public static void Write(TextWriter output, ValidateResult result) =>
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, CliJsonContext.Default.ValidateResult));

    public static void Write(TextWriter output, SweepResult result) =>
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, CliJsonContext.Default.SweepResult));
}
