using System.Runtime.InteropServices;

namespace SgdSim.Traces;

/// <summary>
/// Pairs sends with receives in order: per key (the two ends and a tag), the n-th receive completes the n-th send,
/// as MPI and NCCL match point-to-point messages. The queues are threaded through one array of the sends' indexes,
/// so pairing a million messages allocates one int each.
/// </summary>
/// <typeparam name="TKey">What both ends of a transfer agree on (sender, receiver, tag).</typeparam>
/// <param name="count">The number of indexes sends may have (0 to <paramref name="count"/> − 1).</param>
internal sealed class SendQueues<TKey>(int count)
    where TKey : notnull
{
    private readonly Dictionary<TKey, (int Head, int Tail)> _queues = [];
    private readonly int[] _next = new int[count];

    /// <summary>Queues send <paramref name="send"/> under <paramref name="key"/>.</summary>
    public void Send(TKey key, int send)
    {
        _next[send] = -1;
        ref var queue = ref CollectionsMarshal.GetValueRefOrAddDefault(_queues, key, out var exists);
        if (exists && queue.Head >= 0)
        {
            _next[queue.Tail] = send;
            queue.Tail = send;
        }
        else
        {
            queue = (send, send);
        }
    }

    /// <summary>The oldest send under <paramref name="key"/> no receive has taken yet, now taken; or -1.</summary>
    public int Receive(TKey key)
    {
        ref var queue = ref CollectionsMarshal.GetValueRefOrNullRef(_queues, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref queue) || queue.Head < 0)
        {
            return -1;
        }

        var send = queue.Head;
        queue.Head = _next[send];
        return send;
    }

    /// <summary>How many sends no receive took, counting only keys <paramref name="counted"/> accepts.</summary>
    public int Unpaired(Func<TKey, bool> counted)
    {
        var n = 0;
        foreach (var (key, queue) in _queues)
        {
            for (var s = queue.Head; s >= 0 && counted(key); s = _next[s]) n++;
        }

        return n;
    }
}

/// <summary>
/// Pairs transfers that name no tensor with the consumers that read them, by time: a consumer claims the
/// unclaimed transfer into its place (device) that ended last before it started. Per place the transfers are
/// sorted by end time and claimed positions are skipped with a union-find, so a step of many transfers costs
/// O(n log n), not O(n²).
/// </summary>
internal sealed class TransferClaims
{
    private readonly Dictionary<int, (long[] Ends, int[] Transfers, int[] Left)> _byPlace = [];

    /// <summary>Offers the transfers (indexes), each with the place it delivers to and its end.</summary>
    public TransferClaims(IEnumerable<int> transfers, Func<int, int> placeOf, Func<int, long> endOf)
    {
        // Indexes rather than (index, place, end) tuples: a step may offer a million transfers.
        foreach (var group in transfers.GroupBy(placeOf))
        {
            var sorted = group.OrderBy(endOf).ThenBy(t => t).ToArray();
            // Left[k + 1] points at the nearest unclaimed position at or left of k, shifted by one (0: none).
            var left = new int[sorted.Length + 1];
            for (var k = 0; k < left.Length; k++)
            {
                left[k] = k;
            }

            _byPlace[group.Key] = (sorted.Select(endOf).ToArray(), sorted, left);
        }
    }

    /// <summary>The transfer into <paramref name="place"/> that ended last at or before <paramref name="consumerStart"/>
    /// and is not claimed yet, now claimed; or <c>null</c>.</summary>
    public int? Claim(int place, long consumerStart)
    {
        if (!_byPlace.TryGetValue(place, out var d))
        {
            return null;
        }

        // Number of transfers that ended no later than the consumer's start = shifted position of the latest.
        var position = UpperBound(d.Ends, consumerStart);
        var free = Find(d.Left, position);
        if (free == 0)
        {
            return null;
        }

        d.Left[free] = free - 1;
        return d.Transfers[free - 1];
    }

    private static int UpperBound(long[] ends, long value)
    {
        int lo = 0, hi = ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ends[mid] <= value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static int Find(int[] left, int k)
    {
        while (left[k] != k)
        {
            left[k] = left[left[k]];
            k = left[k];
        }

        return k;
    }
}
