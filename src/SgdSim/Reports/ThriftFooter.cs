namespace SgdSim.Reports;

/// <summary>
/// Checks that a Parquet footer is well-formed Thrift (compact protocol) before Parquet.Net parses it. Parquet.Net
/// parses the footer from memory and takes the end of the bytes for a byte with its continuation bit set: a footer
/// damaged so that a field runs past its end would hang it for ever instead of being refused.
/// </summary>
internal static class ThriftFooter
{
    // Parquet's metadata nests a handful of structs deep.
    private const int MaxDepth = 64;

    /// <summary>Null if <paramref name="footer"/> is one well-formed Thrift struct, else what is wrong with it.</summary>
    public static string? Problem(ReadOnlySpan<byte> footer)
    {
        var at = 0;
        try
        {
            SkipStruct(footer, ref at, 0);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static void SkipStruct(ReadOnlySpan<byte> b, ref int at, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"its footer nests more than {MaxDepth} deep");
        }

        while (true)
        {
            var header = Byte(b, ref at);
            if (header == 0)
            {
                return;
            }

            if ((header >> 4) == 0)
            {
                Varint(b, ref at); // a long-form field id
            }

            Skip(b, ref at, header & 0x0F, depth);
        }
    }

    private static void Skip(ReadOnlySpan<byte> b, ref int at, int type, int depth)
    {
        switch (type)
        {
            case 1 or 2: break; // booleans, in the field header
            case 3: Byte(b, ref at); break;
            case 4 or 5 or 6: Varint(b, ref at); break;
            case 7: Advance(b, ref at, 8); break;
            case 8: Advance(b, ref at, Length(b, ref at)); break;
            case 9 or 10:
                {
                    var header = Byte(b, ref at);
                    var count = header >> 4 == 15 ? Length(b, ref at) : header >> 4;
                    for (var i = 0; i < count; i++)
                    {
                        // Booleans in a list take a byte each.
                        if ((header & 0x0F) is 1 or 2) Byte(b, ref at); else Skip(b, ref at, header & 0x0F, depth + 1);
                    }

                    break;
                }

            case 11:
                {
                    var count = Length(b, ref at);
                    if (count == 0)
                    {
                        break;
                    }

                    var types = Byte(b, ref at);
                    for (var i = 0; i < count; i++)
                    {
                        Skip(b, ref at, types >> 4, depth + 1);
                        Skip(b, ref at, types & 0x0F, depth + 1);
                    }

                    break;
                }

            case 12: SkipStruct(b, ref at, depth + 1); break;
            default: throw new FormatException($"its footer holds a field of unknown type {type}");
        }
    }

    private static int Length(ReadOnlySpan<byte> b, ref int at)
    {
        var length = Varint(b, ref at);
        return length <= (ulong)(b.Length - at) ? (int)length : throw new FormatException("its footer holds a length beyond its end");
    }

    private static ulong Varint(ReadOnlySpan<byte> b, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = Byte(b, ref at);
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("its footer holds a number longer than 10 bytes");
    }

    private static byte Byte(ReadOnlySpan<byte> b, ref int at) =>
        at < b.Length ? b[at++] : throw new FormatException("its footer ends inside a field");

    private static void Advance(ReadOnlySpan<byte> b, ref int at, int count)
    {
        if (count > b.Length - at)
        {
            throw new FormatException("its footer ends inside a field");
        }

        at += count;
    }
}
