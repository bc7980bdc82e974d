namespace SgdSim.Traces;

/// <summary>
/// An append-only list kept in fixed-size chunks, for the millions of raw events an importer holds until it has
/// assembled its steps. A <see cref="List{T}"/> grows by doubling, and while it copies into the new array both arrays
/// are alive: at its peak it holds three times its items' bytes, which for a compressed file of tiny events is most of
/// the import's memory. Chunks are never copied, so the peak is the items themselves plus one partly filled chunk.
/// </summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    // 2^14 items: a chunk of 40-byte events is 640 KiB, small beside the list and large enough to keep the chunk
    // table short (about 600 entries for the 10,000,000 events a file may hold).
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<T[]> _chunks = [];

    /// <summary>The number of items added since the list was made or cleared.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>, by reference so callers may read it without a copy.</summary>
    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _chunks[index >> ChunkBits][index & ChunkMask];
        }
    }

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(in T item)
    {
        var offset = Count & ChunkMask;
        if (offset == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[^1][offset] = item;
        Count++;
    }

    /// <summary>Drops every item and chunk, so the memory can be collected.</summary>
    public void Clear()
    {
        _chunks.Clear();
        _chunks.TrimExcess();
        Count = 0;
    }

    /// <summary>Enumerates the items in order, by reference (<c>foreach (ref var x in list)</c>).</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Walks a <see cref="ChunkedList{T}"/> in order without allocating.</summary>
    public struct Enumerator(ChunkedList<T> list)
    {
        private int _index = -1;

        /// <summary>The current item.</summary>
        public readonly ref T Current => ref list._chunks[_index >> ChunkBits][_index & ChunkMask];

        /// <summary>Moves to the next item; false past the last.</summary>
        public bool MoveNext() => ++_index < list.Count;
    }
}
