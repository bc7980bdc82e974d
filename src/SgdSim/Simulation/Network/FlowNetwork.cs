namespace SgdSim.Simulation.Network;

/// <summary>
/// A fluid model of a network of full-duplex NICs. Transfers are messages on connections (one per ordered pair of
/// nodes, like a TCP connection or an RPC channel): a connection puts one message on the wire at a time, choosing the
/// waiting message with the lowest priority value, and the connections that are sending share every NIC they cross
/// max-min fairly (what competing TCP flows converge to). Rates change only when a message starts or ends, so the
/// model needs an event only then.
/// </summary>
public sealed class FlowNetwork
{
    private readonly int _nodes;
    private readonly double[] _capacity; // resource r: egress of node r for r < nodes, ingress of node r - nodes after
    private readonly double[] _transmitted;
    private readonly Dictionary<(int, int), int> _connectionIds = [];
    private readonly List<Connection> _connections = [];
    private readonly bool _perMessage;

    // The messages on the wire, one slot per sending connection, each list in the order they started (removal keeps
    // the order), so sums of bytes come out the same to the last bit. On a star the hub's outgoing messages are in
    // _out and its incoming ones in _in, so that a pass over either needs no test of the direction (a branch taken
    // at random, costlier than the pass's arithmetic); otherwise all are in _out. Stamps give the order across both.
    private readonly SlotList _out = new();
    private readonly SlotList _in = new();
    private long _stamps;
    private readonly List<int> _arrivedOut = [];
    private readonly List<int> _arrivedIn = [];
    private readonly List<int> _freed = [];
    private Slot[] _scratch = new Slot[8];

    // Sending connections out of and into each node, for recognising a star; and how many NIC directions carry more
    // than one, for recognising a network where no two messages share a NIC (a ring, a set of pairs).
    private readonly int[] _sending;
    private readonly int[] _receiving;
    private int _shared;
    private readonly bool?[] _uniformHub;

    // The hub of the star the current rates were shared on, with one rate per direction; -1 when progressive
    // filling set each slot's rate.
    private int _starHub = -1;
    private double _outRate;
    private double _inRate;

    // The fewest bytes left on a message of each list, as of the last pass over them (NaN: not known).
    private double _fewestOut = double.NaN;
    private double _fewestIn = double.NaN;

    private readonly double[] _spare;
    private readonly int[] _unfrozen;
    private long _sequence;
    private long _lastUpdate;

    /// <summary>Creates a network of nodes whose NICs send at <paramref name="egressBytesPerNs"/> and receive at <paramref name="ingressBytesPerNs"/>.</summary>
    /// <param name="egressBytesPerNs">Sending capacity of each node's NIC.</param>
    /// <param name="ingressBytesPerNs">Receiving capacity of each node's NIC.</param>
    /// <param name="flowPerMessage">Give every message its own flow instead of queueing it on its connection: the
    /// textbook fluid model where all transfers in flight share the NICs max-min fairly.</param>
    public FlowNetwork(double[] egressBytesPerNs, double[] ingressBytesPerNs, bool flowPerMessage = false)
    {
        _perMessage = flowPerMessage;
        ArgumentNullException.ThrowIfNull(egressBytesPerNs);
        ArgumentNullException.ThrowIfNull(ingressBytesPerNs);
        if (egressBytesPerNs.Length != ingressBytesPerNs.Length)
        {
            throw new ArgumentException("Egress and ingress capacities must be given for the same nodes.", nameof(ingressBytesPerNs));
        }

        if (egressBytesPerNs.Concat(ingressBytesPerNs).Any(c => !(c > 0) || double.IsInfinity(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(egressBytesPerNs), "Every NIC capacity must be positive and finite.");
        }

        _nodes = egressBytesPerNs.Length;
        _capacity = [.. egressBytesPerNs, .. ingressBytesPerNs];
        _transmitted = new double[_capacity.Length];
        _spare = new double[_capacity.Length];
        _unfrozen = new int[_capacity.Length];
        _sending = new int[_nodes];
        _receiving = new int[_nodes];
        _uniformHub = new bool?[_nodes];
    }

    /// <summary>The time of the next message completion, or <see cref="long.MaxValue"/> when nothing is on the wire.</summary>
    public long NextCompletion { get; private set; } = long.MaxValue;

    /// <summary>Number of connections with a message on the wire.</summary>
    public int ActiveConnections => _out.Count + _in.Count;

    /// <summary>Bytes node <paramref name="node"/> has sent so far (up to the last update).</summary>
    public double BytesSent(int node) => _transmitted[node];

    /// <summary>Bytes node <paramref name="node"/> has received so far (up to the last update).</summary>
    public double BytesReceived(int node) => _transmitted[_nodes + node];

    /// <summary>Current sending rate of the connection from <paramref name="source"/> to <paramref name="destination"/>, bytes/ns.</summary>
    public double Rate(int source, int destination)
    {
        if (_connectionIds.TryGetValue((source, destination), out var id))
        {
            foreach (var (list, rate) in new[] { (_out, _outRate), (_in, _inRate) })
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list.Items[i].Connection == id)
                    {
                        return _starHub < 0 ? list.Items[i].Rate : rate;
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>Queues a message of <paramref name="bytes"/> at time <paramref name="now"/>; <paramref name="tag"/> comes back when it arrives.</summary>
    public void Send(long now, int source, int destination, long bytes, long priority, int tag)
    {
        if (source == destination || (uint)source >= (uint)_nodes || (uint)destination >= (uint)_nodes)
        {
            throw new ArgumentOutOfRangeException(nameof(destination), $"No link from node {source} to node {destination}.");
        }

        Progress(now, arrivals: false);
        if (_perMessage || !_connectionIds.TryGetValue((source, destination), out var id))
        {
            id = _perMessage ? IdleConnection(source, destination) : (_connectionIds[(source, destination)] = _connections.Count);
            if (id == _connections.Count)
            {
                _connections.Add(new Connection(source, _nodes + destination));
            }
        }

        var connection = _connections[id];
        connection.Waiting.Enqueue(priority, _sequence++, tag, Math.Max(0, bytes));
        if (!connection.Active)
        {
            StartNext(id);
            Allocate(now);
        }
    }

    /// <summary>
    /// Moves every message on the wire on to <paramref name="now"/> (so <see cref="BytesSent"/> and
    /// <see cref="BytesReceived"/> count up to then) without delivering any: arrivals happen only in <see cref="AdvanceTo"/>.
    /// </summary>
    public void Observe(long now) => Progress(now, arrivals: false);

    /// <summary>
    /// Advances the network to <paramref name="now"/> and adds to <paramref name="arrived"/> the tags of the messages
    /// that have fully arrived; the next waiting message of each freed connection starts at once.
    /// </summary>
    public void AdvanceTo(long now, List<int> arrived)
    {
        ArgumentNullException.ThrowIfNull(arrived);
        Progress(now, arrivals: true);
        if (_arrivedOut.Count + _arrivedIn.Count == 0)
        {
            return;
        }

        // Arrivals are reported from the latest started to the earliest.
        _freed.Clear();
        var (o, i) = (_arrivedOut.Count - 1, _arrivedIn.Count - 1);
        while (o >= 0 || i >= 0)
        {
            var fromOut = i < 0 || (o >= 0 && _out.Items[_arrivedOut[o]].Stamp > _in.Items[_arrivedIn[i]].Stamp);
            ref var slot = ref fromOut ? ref _out.Items[_arrivedOut[o--]] : ref _in.Items[_arrivedIn[i--]];
            arrived.Add(slot.Tag);
            _connections[slot.Connection].Active = false;
            _shared -= --_sending[slot.Egress] == 1 ? 1 : 0;
            _shared -= --_receiving[slot.Ingress - _nodes] == 1 ? 1 : 0;
            _freed.Add(slot.Connection);
            slot.Connection = -1;
        }

        _out.Compact(_arrivedOut.Count > 0 ? _arrivedOut[0] : _out.Count);
        _in.Compact(_arrivedIn.Count > 0 ? _arrivedIn[0] : _in.Count);

        // Only a connection that just finished can be idle with messages waiting (Send starts an idle one at once);
        // they start in the order of their ids.
        _freed.Sort();
        foreach (var id in _freed)
        {
            StartNext(id);
        }

        Allocate(now);
    }

    // With a flow per message, an idle connection between the same nodes is reused rather than a new one made.
    private int IdleConnection(int source, int destination)
    {
        for (var id = 0; id < _connections.Count; id++)
        {
            var c = _connections[id];
            if (!c.Active && c.Waiting.Count == 0 && c.Egress == source && c.Ingress == _nodes + destination)
            {
                return id;
            }
        }

        return _connections.Count;
    }

    // Puts the connection's next message on the wire in a new last slot (Regroup moves it to the right list should
    // the star change).
    private void StartNext(int id)
    {
        var connection = _connections[id];
        if (connection.Waiting.TryDequeue(out var tag, out var bytes))
        {
            connection.Active = true;
            _shared += ++_sending[connection.Egress] == 2 ? 1 : 0;
            _shared += ++_receiving[connection.Ingress - _nodes] == 2 ? 1 : 0;
            var list = _starHub >= 0 && connection.Egress != _starHub ? _in : _out;
            list.Add(new Slot(id, connection.Egress, connection.Ingress, tag, bytes, _stamps++));
            ref var fewest = ref list == _out ? ref _fewestOut : ref _fewestIn;
            fewest = Math.Min(fewest, bytes); // NaN stays NaN
        }
    }

    // Moves every message on the wire on to now at its rate and, when asked, lists in _arrivedOut and _arrivedIn the
    // slots whose message has arrived.
    private void Progress(long now, bool arrivals)
    {
        if (now < _lastUpdate)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The network was already advanced to {_lastUpdate} ns.");
        }

        double elapsed = now - _lastUpdate;
        _lastUpdate = now;
        _arrivedOut.Clear();
        _arrivedIn.Clear();
        if (elapsed == 0 && !arrivals)
        {
            return;
        }

        if (_starHub < 0)
        {
            (_fewestOut, _fewestIn) = (double.NaN, double.NaN);
            var slots = _out.Items;
            for (var i = 0; i < _out.Count; i++)
            {
                ref var slot = ref slots[i];
                if (elapsed > 0)
                {
                    var moved = Moved(slot.Remaining, slot.Rate * elapsed);
                    slot.Remaining -= moved;
                    _transmitted[slot.Egress] += moved;
                    _transmitted[slot.Ingress] += moved;
                }

                if (arrivals && Arrived(slot.Remaining, slot.Rate))
                {
                    _arrivedOut.Add(i);
                }
            }

            return;
        }

        // The hub's byte counts are summed in registers, in slot order as the loop above sums them (a node's own
        // count gets one direction's messages only); progressing by 0 ns moves 0 bytes and changes no sum.
        var hub = _starHub;
        (_transmitted[hub], _fewestOut) = ProgressStar(_out, elapsed, _outRate, _transmitted[hub], arrivals ? _arrivedOut : null, leafIsIngress: true);
        (_transmitted[_nodes + hub], _fewestIn) = ProgressStar(_in, elapsed, _inRate, _transmitted[_nodes + hub], arrivals ? _arrivedIn : null, leafIsIngress: false);
    }

    // One direction of a star; also returns the fewest bytes left on a message that has not arrived, for the next
    // completion.
    private (double HubBytes, double Fewest) ProgressStar(SlotList list, double elapsed, double rate, double hubBytes, List<int>? arrived, bool leafIsIngress)
    {
        var allowed = rate * elapsed;
        var slots = list.Items;
        var transmitted = _transmitted;
        var fewest = double.PositiveInfinity;
        for (var i = 0; i < list.Count; i++)
        {
            ref var slot = ref slots[i];
            var moved = Moved(slot.Remaining, allowed);
            var left = slot.Remaining - moved;
            slot.Remaining = left;
            hubBytes += moved;
            transmitted[leafIsIngress ? slot.Ingress : slot.Egress] += moved;
            if (arrived is not null && Arrived(left, rate))
            {
                arrived.Add(i);
            }
            else if (left < fewest)
            {
                fewest = left;
            }
        }

        return (hubBytes, fewest);
    }

    // Math.Min without its NaN and negative-zero cases, which cannot occur: bytes left and bytes the rate allows are
    // finite and never negative.
    private static double Moved(double remaining, double allowed) => allowed < remaining ? allowed : remaining;

    // Completion times are rounded up to whole nanoseconds, so a finished message has at most a rounding error left:
    // anything that would finish within the next nanosecond counts as arrived.
    private static bool Arrived(double remaining, double rate) => remaining <= rate || remaining <= 1e-6;

    // Shares the NICs among the messages on the wire and sets the next completion.
    private void Allocate(long now)
    {
        if (_out.Count + _in.Count == 0)
        {
            NextCompletion = long.MaxValue; // empty lists suit any hub: keep it
        }
        else if (IsStar(out var hub))
        {
            // On a star, progressive filling ends in one round per direction: the hub's NIC is the bottleneck (a
            // node's own NIC carries at most as many of the flows as the hub's, at the same capacity), so every flow
            // out of the hub gets egress / flows out and every flow into it ingress / flows in. These are the very
            // divisions progressive filling makes, so the rates are the same to the last bit; and with one rate per
            // direction, the first completion is that of the fewest bytes left (Progress and StartNext keep those).
            Regroup(hub);
            _outRate = _capacity[hub] / _sending[hub];
            _inRate = _capacity[_nodes + hub] / _receiving[hub];
            _fewestOut = double.IsNaN(_fewestOut) ? _out.FewestRemaining() : _fewestOut;
            _fewestIn = double.IsNaN(_fewestIn) ? _in.FewestRemaining() : _fewestIn;
            NextCompletion = Math.Min(Completion(now, _fewestOut, _outRate), Completion(now, _fewestIn, _inRate));
        }
        else
        {
            Regroup(-1);
            if (_shared == 0)
            {
                AllocateAlone(now);
            }
            else
            {
                AllocateProgressively(now);
            }
        }
    }

    // No NIC direction carries two messages: each gets the smaller of its two NICs' capacities, which is what
    // progressive filling would give it, without its rounds (a ring all-reduce keeps the network this way).
    private void AllocateAlone(long now)
    {
        var slots = _out.Items;
        var next = long.MaxValue;
        for (var i = 0; i < _out.Count; i++)
        {
            ref var slot = ref slots[i];
            slot.Rate = Math.Min(_capacity[slot.Egress], _capacity[slot.Ingress]);
            next = Math.Min(next, Completion(now, slot.Remaining, slot.Rate));
        }

        NextCompletion = next;
    }

    // Time of the first completion at the current rates: each message's remaining bytes / rate, rounded up to a
    // whole nanosecond (none when no message is left).
    private static long Completion(long now, double remaining, double rate) =>
        remaining == double.PositiveInfinity ? long.MaxValue : now + (remaining <= 0 ? 0 : (long)Math.Ceiling(remaining / rate));

    // Whether every sending connection runs between one hub and other nodes whose NICs match the hub's in the other
    // direction: the cluster's star of workers around their parameter server.
    private bool IsStar(out int hub)
    {
        var active = _out.Count + _in.Count;
        hub = _starHub >= 0 && _sending[_starHub] + _receiving[_starHub] == active ? _starHub : -1;
        for (var node = 0; hub < 0 && node < _nodes; node++)
        {
            if (_sending[node] + _receiving[node] == active)
            {
                hub = node;
            }
        }

        if (hub < 0)
        {
            return false;
        }

        _uniformHub[hub] ??= IsUniformHub(hub);
        return _uniformHub[hub] == true;
    }

    private bool IsUniformHub(int hub)
    {
        for (var node = 0; node < _nodes; node++)
        {
            if (node != hub && (_capacity[_nodes + node] != _capacity[hub] || _capacity[node] != _capacity[_nodes + hub]))
            {
                return false;
            }
        }

        return true;
    }

    // Puts the slots into the lists for a star around hub (all into _out for none), each in start order. The lists
    // are right already when the hub is the one before (the cluster's hub never changes).
    private void Regroup(int hub)
    {
        if (hub == _starHub)
        {
            return;
        }

        _starHub = hub;
        (_fewestOut, _fewestIn) = (double.NaN, double.NaN);
        var count = _out.Count + _in.Count;
        if (_scratch.Length < count)
        {
            _scratch = new Slot[Math.Max(count, 2 * _scratch.Length)];
        }

        // Merge the two lists, each in start order, into one.
        var (o, i) = (0, 0);
        for (var k = 0; k < count; k++)
        {
            _scratch[k] = i == _in.Count || (o < _out.Count && _out.Items[o].Stamp < _in.Items[i].Stamp) ? _out.Items[o++] : _in.Items[i++];
        }

        _out.Clear();
        _in.Clear();
        for (var k = 0; k < count; k++)
        {
            (hub >= 0 && _scratch[k].Egress != hub ? _in : _out).Add(_scratch[k]);
        }
    }

    // Max-min fairness by progressive filling: repeatedly find the NIC direction whose spare capacity split among
    // its unfixed connections is smallest, give them that share, and remove them.
    private void AllocateProgressively(long now)
    {
        var slots = _out.Items;
        var active = _out.Count;
        Array.Copy(_capacity, _spare, _capacity.Length);
        Array.Clear(_unfrozen);
        for (var i = 0; i < active; i++)
        {
            slots[i].Rate = -1;
            _unfrozen[slots[i].Egress]++;
            _unfrozen[slots[i].Ingress]++;
        }

        var left = active;
        while (left > 0)
        {
            var bottleneck = -1;
            var share = double.PositiveInfinity;
            for (var r = 0; r < _capacity.Length; r++)
            {
                if (_unfrozen[r] > 0 && _spare[r] / _unfrozen[r] < share)
                {
                    share = _spare[r] / _unfrozen[r];
                    bottleneck = r;
                }
            }

            for (var i = 0; i < active; i++)
            {
                ref var slot = ref slots[i];
                if (slot.Rate < 0 && (slot.Egress == bottleneck || slot.Ingress == bottleneck))
                {
                    slot.Rate = share;
                    _spare[slot.Egress] -= share;
                    _spare[slot.Ingress] -= share;
                    _unfrozen[slot.Egress]--;
                    _unfrozen[slot.Ingress]--;
                    left--;
                }
            }
        }

        var next = long.MaxValue;
        for (var i = 0; i < active; i++)
        {
            next = Math.Min(next, Completion(now, slots[i].Remaining, slots[i].Rate));
        }

        NextCompletion = next;
    }

    // A message on the wire; Stamp orders the starts. Connection is -1 once it has arrived, until compacted away.
    private struct Slot(int connection, int egress, int ingress, int tag, long bytes, long stamp)
    {
        public int Connection = connection;
        public readonly int Egress = egress;
        public readonly int Ingress = ingress;
        public readonly int Tag = tag;
        public double Remaining = bytes;
        public double Rate;
        public readonly long Stamp = stamp;
    }

    private sealed class SlotList
    {
        public Slot[] Items { get; private set; } = new Slot[8];

        public int Count { get; private set; }

        public void Add(in Slot slot)
        {
            if (Count == Items.Length)
            {
                var items = Items;
                Array.Resize(ref items, items.Length * 2);
                Items = items;
            }

            Items[Count++] = slot;
        }

        public void Clear() => Count = 0;

        // Drops the slots of arrived messages, the first of them at or after from, keeping the order.
        public void Compact(int from)
        {
            var kept = from;
            for (var i = from; i < Count; i++)
            {
                if (Items[i].Connection >= 0)
                {
                    if (kept != i)
                    {
                        Items[kept] = Items[i];
                    }

                    kept++;
                }
            }

            Count = kept;
        }

        public double FewestRemaining()
        {
            var fewest = double.PositiveInfinity;
            for (var i = 0; i < Count; i++)
            {
                fewest = Items[i].Remaining < fewest ? Items[i].Remaining : fewest;
            }

            return fewest;
        }
    }

    private sealed class Connection(int egress, int ingress)
    {
        public readonly int Egress = egress;
        public readonly int Ingress = ingress;
        public readonly MessageQueue Waiting = new();
        public bool Active;
    }

    // The messages waiting on one connection: a binary min-heap by (priority, sequence).
    private sealed class MessageQueue
    {
        private (long Priority, long Sequence, int Tag, long Bytes)[] _heap = new (long, long, int, long)[4];

        public int Count { get; private set; }

        public void Enqueue(long priority, long sequence, int tag, long bytes)
        {
            if (Count == _heap.Length)
            {
                Array.Resize(ref _heap, _heap.Length * 2);
            }

            var entry = (priority, sequence, tag, bytes);
            var hole = Count++;
            while (hole > 0)
            {
                var parent = (hole - 1) / 2;
                if (!Before(entry, _heap[parent]))
                {
                    break;
                }

                _heap[hole] = _heap[parent];
                hole = parent;
            }

            _heap[hole] = entry;
        }

        public bool TryDequeue(out int tag, out long bytes)
        {
            if (Count == 0)
            {
                (tag, bytes) = (0, 0);
                return false;
            }

            (tag, bytes) = (_heap[0].Tag, _heap[0].Bytes);
            var last = _heap[--Count];
            var hole = 0;
            while (true)
            {
                var child = (2 * hole) + 1;
                if (child >= Count)
                {
                    break;
                }

                if (child + 1 < Count && Before(_heap[child + 1], _heap[child]))
                {
                    child++;
                }

                if (!Before(_heap[child], last))
                {
                    break;
                }

                _heap[hole] = _heap[child];
                hole = child;
            }

            _heap[hole] = last;
            return true;
        }

        private static bool Before(in (long Priority, long Sequence, int, long) a, in (long Priority, long Sequence, int, long) b) =>
            a.Priority < b.Priority || (a.Priority == b.Priority && a.Sequence < b.Sequence);
    }
}
