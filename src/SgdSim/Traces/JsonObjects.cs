using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SgdSim.Traces;

/// <summary>Walking the properties of a JSON object in a streaming reader, for the JSON trace readers.</summary>
internal static class JsonObjects
{
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
