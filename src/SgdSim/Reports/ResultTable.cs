using System.Globalization;
using Parquet;
using Parquet.Schema;
using SgdSim.IO;

namespace SgdSim.Reports;

/// <summary>
/// Any Parquet table SgdSim wrote (predictions, sweeps, …), recognised by its <c>sgdsim.*</c> metadata and read
/// column by column, whatever its columns: numbers as doubles, anything else as text. For plotting and other
/// consumers that need no particular layout; <see cref="PredictionTable"/> reads predictions with their types.
/// </summary>
public sealed class ResultTable
{
    /// <summary>The prefix of SgdSim's keys in a Parquet file's key-value metadata.</summary>
    public const string MetadataPrefix = "sgdsim.";

    private readonly Dictionary<string, double?[]> _numbers;
    private readonly Dictionary<string, string?[]> _texts;

    private ResultTable(string path, IReadOnlyDictionary<string, string> metadata, IReadOnlyList<string> columns, int rows,
        Dictionary<string, double?[]> numbers, Dictionary<string, string?[]> texts)
    {
        Path = path;
        Metadata = metadata;
        Columns = columns;
        RowCount = rows;
        _numbers = numbers;
        _texts = texts;
    }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>The file's key-value metadata, SgdSim's <c>sgdsim.*</c> keys among them.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The column names, in the file's order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The kind of table (the <c>sgdsim.table</c> entry: <c>predictions</c>, <c>sweep</c>, …).</summary>
    public string Kind => Metadata[MetadataPrefix + "table"];

    /// <summary>Whether <paramref name="column"/> is one of the table's columns.</summary>
    public bool Has(string column) => _numbers.ContainsKey(column) || _texts.ContainsKey(column);

    /// <summary>Whether <paramref name="column"/> holds numbers (integers, decimals, booleans as 0/1).</summary>
    public bool IsNumeric(string column) => _numbers.ContainsKey(column);

    /// <summary>The values of a numeric column, null where a row has none.</summary>
    /// <exception cref="InvalidInputException">The table has no such column, or it holds text.</exception>
    public IReadOnlyList<double?> Numbers(string column)
    {
        Require(column);
        return _numbers.TryGetValue(column, out var values)
            ? values
            : throw new InvalidInputException(Path, $"has a column '{column}' of text, not of numbers.");
    }

    /// <summary>The values of any column as text (numbers in invariant, round-trip form), null where a row has none.</summary>
    /// <exception cref="InvalidInputException">The table has no such column.</exception>
    public IReadOnlyList<string?> Texts(string column)
    {
        Require(column);
        return _texts.TryGetValue(column, out var texts)
            ? texts
            : [.. _numbers[column].Select(v => v?.ToString("R", CultureInfo.InvariantCulture))];
    }

    /// <summary>Throws unless the table has <paramref name="column"/>, listing the columns it has.</summary>
    /// <exception cref="InvalidInputException">It has not.</exception>
    public void Require(string column)
    {
        if (!Has(column))
        {
            throw new InvalidInputException(Path, $"has no column '{column}'; its columns are {string.Join(", ", Columns)}.");
        }
    }

    /// <summary>Reads the table at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">The file is missing, not Parquet, or not written by SgdSim.</exception>
    public static ResultTable Read(string path, CancellationToken cancellation = default)
    {
        InvalidInputException.ThrowUnlessFile(path);
        return ReadAsync(path, cancellation).GetAwaiter().GetResult();
    }

    private static async Task<ResultTable> ReadAsync(string path, CancellationToken cancellation)
    {
        await using (var reader = await OpenAsync(path, cancellation))
        {
            var metadata = reader.CustomMetadata ?? new Dictionary<string, string>();
            if (!metadata.ContainsKey(MetadataPrefix + "table"))
            {
                throw new InvalidInputException(path, $"is a Parquet file but not a table written by SgdSim (its metadata has no '{MetadataPrefix}table' entry).");
            }

            try
            {
                return await ReadColumnsAsync(path, reader, new Dictionary<string, string>(metadata), cancellation);
            }
            catch (Exception e) when (IsParseFailure(e))
            {
                throw new InvalidInputException(path, $"is a table written by SgdSim whose data cannot be read ({e.Message.TrimEnd('.')}).", e);
            }
        }
    }

    // A footer of a table SgdSim wrote parses in milliseconds.
    private static readonly TimeSpan FooterParseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Opens a Parquet file, or says in one line that it is none.</summary>
    internal static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellation)
    {
        // The file is opened here rather than by Parquet.Net, which leaves the file it opened open when the file
        // turns out not to be Parquet: the handle would outlive the refusal (and keep the file locked).
        var stream = new EndCheckedStream(File.OpenRead(path));
        try
        {
            if (FooterProblem(stream) is { } problem)
            {
                throw new InvalidInputException(path, $"cannot be read as Parquet ({problem}).");
            }

            stream.Position = 0;
            // Parquet.Net parses the footer from memory and reads a varint past its end for ever (it takes the -1 of
            // the end for a byte with its continuation bit set). ThriftFooter refuses what it can see is malformed;
            // a footer it passes that Parquet.Net reads otherwise is given up on after a time no real footer takes.
            // The parse is left spinning on its copy of the footer until the process ends; the file is closed.
            var open = Task.Run(() => ParquetReader.CreateAsync(stream, leaveStreamOpen: false, cancellationToken: cancellation), cancellation);
            if (await Task.WhenAny(open, Task.Delay(FooterParseTimeout, cancellation)) != open)
            {
                cancellation.ThrowIfCancellationRequested();
                throw new InvalidInputException(path, $"cannot be read as Parquet (its footer did not parse within {FooterParseTimeout.TotalSeconds:0} s: it is damaged).");
            }

            var reader = await open;
            try
            {
                // Built from the footer's key-value list on each read: one key twice fails it, here rather than later.
                _ = reader.CustomMetadata;
            }
            catch
            {
                await reader.DisposeAsync();
                throw;
            }

            return reader;
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            await stream.DisposeAsync();
            throw new InvalidInputException(path, $"cannot be read as Parquet ({e.Message.TrimEnd('.')}).", e);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    // A Parquet file ends with its footer, the footer's length (4 bytes, little-endian) and "PAR1". What Parquet.Net
    // says of a file without them is fine; a footer that is not well-formed Thrift is refused here (see ThriftFooter).
    private static string? FooterProblem(Stream stream)
    {
        Span<byte> tail = stackalloc byte[8];
        if (stream.Length < 12)
        {
            return null;
        }

        stream.Position = stream.Length - 8;
        stream.ReadExactly(tail);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (!tail[4..].SequenceEqual("PAR1"u8))
        {
            return null;
        }

        // Parquet.Net would allocate what the length says, beyond the file or not.
        if (length <= 0 || length > stream.Length - 12)
        {
            return $"its footer length, {length:N0} bytes, does not fit in the file's {stream.Length:N0}";
        }

        var footer = new byte[length];
        stream.Position = stream.Length - 8 - length;
        stream.ReadExactly(footer);
        return ThriftFooter.Problem(footer);
    }

    private static async Task<ResultTable> ReadColumnsAsync(string path, ParquetReader reader, Dictionary<string, string> metadata, CancellationToken cancellation)
    {
        // Parquet.Net gives text columns read from a file the type ReadOnlyMemory<char>, and reads them as strings too.
        // Only flat columns: SgdSim writes no nested ones, and a list column has no one value per row to plot.
        var fields = reader.Schema.Fields.OfType<DataField>().Where(f => !f.IsArray).ToArray();
        var numbers = fields.Where(f => NumberReader(f) is not null).ToDictionary(f => f.Name, _ => new List<double?>());
        var texts = fields.Where(f => NumberReader(f) is null).ToDictionary(f => f.Name, _ => new List<string?>());
        var rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = RowsOf(path, group, rows);
            rows += n;
            foreach (var field in fields)
            {
                if (NumberReader(field) is { } read)
                {
                    numbers[field.Name].AddRange(await read(group, field, n, cancellation));
                }
                else if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
                {
                    var values = new string?[n];
                    await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellation);
                    texts[field.Name].AddRange(values);
                }
                else
                {
                    // Dates, byte arrays and the like: shown as absent rather than refused, as no plot needs them.
                    texts[field.Name].AddRange(new string?[n]);
                }
            }
        }

        return new ResultTable(path, metadata, [.. fields.Select(f => f.Name)], rows,
            numbers.ToDictionary(p => p.Key, p => p.Value.ToArray()), texts.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    private delegate Task<double?[]> ReadNumbers(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellation);

    private static ReadNumbers? NumberReader(DataField field) => field.ClrType switch
    {
        var t when t == typeof(double) => Read<double>(v => v),
        var t when t == typeof(float) => Read<float>(v => v),
        var t when t == typeof(long) => Read<long>(v => v),
        var t when t == typeof(int) => Read<int>(v => v),
        var t when t == typeof(short) => Read<short>(v => v),
        var t when t == typeof(byte) => Read<byte>(v => v),
        var t when t == typeof(sbyte) => Read<sbyte>(v => v),
        var t when t == typeof(ulong) => Read<ulong>(v => v),
        var t when t == typeof(uint) => Read<uint>(v => v),
        var t when t == typeof(ushort) => Read<ushort>(v => v),
        var t when t == typeof(decimal) => Read<decimal>(v => (double)v),
        var t when t == typeof(bool) => Read<bool>(v => v ? 1 : 0),
        _ => null,
    };

    private static ReadNumbers Read<T>(Func<T, double> convert)
        where T : struct => async (group, field, rows, cancellation) =>
    {
        if (field.IsNullable)
        {
            var values = new T?[rows];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellation);
            return [.. values.Select(v => v is { } x ? convert(x) : (double?)null)];
        }
        else
        {
            var values = new T[rows];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellation);
            return [.. values.Select(v => (double?)convert(v))];
        }
    };

    /// <summary>The most rows a table may hold: 10,000,000, far more than any sweep grid SgdSim can compute.</summary>
    public const int MaxRows = 10_000_000;

    /// <summary>The rows of <paramref name="group"/>, after <paramref name="before"/> rows of earlier groups, refused
    /// where the total would pass <see cref="MaxRows"/>: the count is the file's claim, and every column's values are
    /// allocated from it before its pages say whether it is true.</summary>
    internal static int RowsOf(string path, ParquetRowGroupReader group, long before)
    {
        var rows = group.RowCount;
        if (rows < 0 || before + rows > MaxRows)
        {
            throw new InvalidInputException(path, $"claims {before + rows:N0} rows, more than the {MaxRows:N0} a table of SgdSim's may hold (the file is damaged or not SgdSim's).");
        }

        return (int)rows;
    }

    // Parquet.Net reports a damaged file with whatever its parser runs into; anything but cancellation or our own
    // verdict means the bytes are not what they claim to be.
    internal static bool IsParseFailure(Exception e) => e is not (OperationCanceledException or InvalidInputException or OutOfMemoryException);
}
