using System.Text;

namespace SgdSim.Traces;

/// <summary>The start of a trace file, as format recognition sees it.</summary>
public sealed class TraceHead
{
    private string? _text;

    internal TraceHead(string file, byte[] bytes, long fileLength, bool compressed)
    {
        File = file;
        Bytes = bytes;
        FileLength = fileLength;
        IsCompressed = compressed;
        var body = SkipBomAndSpace(bytes);
        IsJson = body.Length > 0 && body[0] is (byte)'{' or (byte)'[';
        JsonStart = bytes.Length - body.Length;
    }

    /// <summary>The file, or the first file of a folder.</summary>
    public string File { get; }

    /// <summary>The file's first bytes (a few KiB); of a gzip file, the first bytes of its decompressed content.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The size of the file on disk.</summary>
    public long FileLength { get; }

    /// <summary>Whether the file is gzip-compressed (then <see cref="Bytes"/> are decompressed).</summary>
    public bool IsCompressed { get; }

    /// <summary>Whether the content opens, after a byte order mark and white space, with <c>{</c> or <c>[</c>.</summary>
    public bool IsJson { get; }

    /// <summary>The content as UTF-8 text from its first character that is not white space (or a byte order mark).</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(Bytes.Span[JsonStart..]);

    private int JsonStart { get; }

    private static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return bytes.TrimStart(" \t\r\n"u8);
    }
}
