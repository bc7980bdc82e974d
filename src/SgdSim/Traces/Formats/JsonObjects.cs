using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SgdSim.Traces;

/// <summary>Walking the properties of a JSON object in a streaming reader, for the JSON trace readers.</summary>
internal static class JsonObjects
{
    /// <summary>How deep a JSON trace may nest arrays and objects (System.Text.Json's default; traces nest a few).</summary>
    public const int MaxDepth = 64;

    /// <summary>The reader's state at the start of a JSON trace, nesting at most <see cref="MaxDepth"/> deep.</summary>
    public static JsonReaderState NewState() => new(new JsonReaderOptions { MaxDepth = MaxDepth });

    /// <summary>Says in one sentence what is wrong with <paramref name="file"/>, whose JSON the reader refused.</summary>
    public static InvalidTraceException Invalid(string file, JsonException e) =>
        e.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? new InvalidTraceException(file, $"nests JSON arrays and objects more than {MaxDepth} deep (line {e.LineNumber + 1}); no trace nests that deep.", e)
            : new InvalidTraceException(file, $"is not valid JSON ({e.Message.TrimEnd('.')}).", e);

    /// <summary>
    /// Whether <paramref name="e"/> is the reader refusing a value of the document (a string that is not UTF-8 text, an
    /// unpaired <c>\u</c> surrogate escape, a token of another type than asked): bad input, not a fault.
    /// </summary>
    public static bool IsUnreadableValue(InvalidOperationException e) => e.TargetSite?.Module.Assembly == typeof(JsonException).Assembly;

    /// <summary>Says in one sentence which value of <paramref name="file"/> the reader could not read.</summary>
    public static InvalidTraceException Unreadable(string file, InvalidOperationException e) =>
        e.Message.Contains("UTF-8", StringComparison.Ordinal)
            ? new InvalidTraceException(file, "has a string that is not valid UTF-8 text.", e)
            : e.Message.Contains("UTF-16", StringComparison.Ordinal)
                ? new InvalidTraceException(file, "has a string with a \\u escape that is not a whole character (an unpaired surrogate).", e)
                : new InvalidTraceException(file, $"has a value that cannot be read ({e.Message.TrimEnd('.')}).", e);

    /// <summary>
    /// Moves to the next property name of the object that opened at <paramref name="depth"/>, or to that object's
    /// end (<paramref name="end"/> true). Returns false when the buffer runs out first: the caller refills and starts
    /// the object again. The caller reads or skips each property's value before asking for the next.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNextProperty(ref Utf8JsonReader reader, int depth, out bool end)
    {
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                end = true;
                return true;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                end = false;
                return true;
            }
        }

        end = false;
        return false;
    }
}
