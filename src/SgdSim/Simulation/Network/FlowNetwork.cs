namespace SgdSim.Simulation.Network;

/// <summary>
/// The fluid model both sharing models are made of, over the NICs of a <see cref="StarTopology"/>. Transfers are
/// messages on connections: a connection puts one message on the wire at a time, choosing the waiting message with the
/// lowest priority value, and the connections that are sending share every NIC they cross max-min fairly (what
/// competing TCP flows converge to), or in proportion to the weights a <see cref="ShareSpread"/> draws. Rates change
/// only when a message starts or ends, so the model needs an event only then. Which connection a message takes is
/// the one thing the two models differ in (<see cref="ConnectionQueueNetwork"/>, <see cref="FlowPerMessageNetwork"/>).
/// </summary>
public abstract class FlowNetwork : INetworkModel
{
    private readonly int _nodes;
    private readonly double[] _capacity; // resource r: egress of node r for r < nodes, ingress of node r - nodes after
    private readonly double[] _transmitted;
    private readonly List<Connection> _connections = [];
    private readonly ShareSpread _spread;
    private readonly Random? _weights;
    private readonly ReverseQueueing _reverse;

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
    private readonly double[] _unfrozen;
    private readonly int[] _unfrozenCount;
    private long _sequence;
    private long _lastUpdate;

    /// <summary>Creates a network over <paramref name="topology"/>'s NICs.</summary>
    /// <param name="topology">The nodes and the capacities of their NICs.</param>
    /// <param name="spread">How unequally connections split a NIC they share; the default splits it evenly.</param>
    /// <param name="seed">Seed of the weights' generator (used only when <paramref name="spread"/> is unequal).</param>
    /// <param name="reverse">How incoming connections slow a node's sending; the default: not at all.</param>
    private protected FlowNetwork(StarTopology topology, ShareSpread spread, int seed, ReverseQueueing? reverse)
    {
        ArgumentNullException.ThrowIfNull(topology);
        _reverse = reverse ?? ReverseQueueing.None;
        if (!_reverse.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(reverse), "Every usable share of a sending NIC must be above 0 and at most 1.");
        }

        if (!(spread.Send >= 0 && spread.Receive >= 0 && spread.Send <= 3 && spread.Receive <= 3))
        {
            throw new ArgumentOutOfRangeException(nameof(spread), spread, "A share spread is a standard deviation of log weights between 0 and 3.");
        }

        _spread = spread;
        _weights = spread.IsUnequal ? new Random(seed) : null;
        _nodes = topology.Nodes;
        _capacity = [.. topology.Egress, .. topology.Ingress];
        _transmitted = new double[_capacity.Length];
        _spare = new double[_capacity.Length];
        _unfrozen = new double[_capacity.Length];
        _unfrozenCount = new int[_capacity.Length];
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

    /// <summary>Current sending rate of the connection from <paramref name="source"/> to <paramref name="destination"/>,
    /// bytes/ns; 0 when there is no such connection (and always with a flow per message, which has no lasting ones).</summary>
    public double Rate(int source, int destination) => TryFindConnection(source, destination, out var id) ? RateOf(id) : 0;

    /// <summary>The lasting connection from <paramref name="source"/> to <paramref name="destination"/>, if the model has one.</summary>
    private protected virtual bool TryFindConnection(int source, int destination, out int id)
    {
        id = -1;
        return false;
    }

    // The current sending rate of connection id, bytes/ns; 0 when it has nothing on the wire.
    private double RateOf(int id)
    {
        foreach (var (list, rate) in new[] { (_out, _outRate), (_in, _inRate) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list.Items[i].Connection == id)
                {
                    return _starHub < 0 ? list.Items[i].Rate : rate * (list == _out ? list.Items[i].SendWeight : list.Items[i].ReceiveWeight);
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
        var id = ConnectionFor(source, destination);
        var connection = _connections[id];
        connection.Waiting.Enqueue(priority, _sequence++, tag, Math.Max(0, bytes));
        if (!connection.Active)
        {
            // An idle connection begins a busy period: its congestion state, and so its share, is drawn anew.
            if (_weights is not null)
            {
                connection.SendWeight = LogNormal(_spread.Send);
                connection.ReceiveWeight = LogNormal(_spread.Receive);
            }

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

    // A weight with median 1: exp(spread × a standard normal draw, by Box–Muller).
    private double LogNormal(double spread)
    {
        if (spread == 0)
        {
            return 1;
        }

        var normal = Math.Sqrt(-2 * Math.Log(1 - _weights!.NextDouble())) * Math.Cos(2 * Math.PI * _weights.NextDouble());
        return Math.Exp(spread * normal);
    }

    /// <summary>The connection a message from <paramref name="source"/> to <paramref name="destination"/> waits on:
    /// an id from <see cref="AddConnection"/> or <see cref="IdleConnection"/>.</summary>
    private protected abstract int ConnectionFor(int source, int destination);

    // Opens a connection from source to destination and returns its id.
    private protected int AddConnection(int source, int destination)
    {
        _connections.Add(new Connection(source, _nodes + destination));
        return _connections.Count - 1;
    }

    // The first idle connection from source to destination with nothing waiting, or -1.
    private protected int IdleConnection(int source, int destination)
    {
        for (var id = 0; id < _connections.Count; id++)
        {
            var c = _connections[id];
            if (!c.Active && c.Waiting.Count == 0 && c.Egress == source && c.Ingress == _nodes + destination)
            {
                return id;
            }
        }

        return -1;
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
            var slot = new Slot(id, connection.Egress, connection.Ingress, tag, bytes, _stamps++, connection.SendWeight, connection.ReceiveWeight);
            list.Add(slot);
            ref var fewest = ref list == _out ? ref _fewestOut : ref _fewestIn;
            fewest = Math.Min(fewest, bytes / (list == _out ? slot.SendWeight : slot.ReceiveWeight)); // NaN stays NaN
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

    // One direction of a star, where rate is per unit of weight (each message moves its weight times it); also
    // returns the fewest bytes per unit of weight left on a message that has not arrived, for the next completion.
    // With every weight 1 the products and quotients below are exact, so equal sharing comes out to the last bit.
    private (double HubBytes, double Fewest) ProgressStar(SlotList list, double elapsed, double rate, double hubBytes, List<int>? arrived, bool leafIsIngress)
    {
        var allowed = rate * elapsed;
        var slots = list.Items;
        var transmitted = _transmitted;
        var fewest = double.PositiveInfinity;
        for (var i = 0; i < list.Count; i++)
        {
            ref var slot = ref slots[i];
            var weight = leafIsIngress ? slot.SendWeight : slot.ReceiveWeight;
            var moved = Moved(slot.Remaining, allowed * weight);
            var left = slot.Remaining - moved;
            slot.Remaining = left;
            hubBytes += moved;
            transmitted[leafIsIngress ? slot.Ingress : slot.Egress] += moved;
            if (arrived is not null && Arrived(left, rate * weight))
            {
                arrived.Add(i);
            }
            else if (left / weight < fewest)
            {
                fewest = left / weight;
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
            _outRate = _capacity[hub] * _reverse.UsableShare(_receiving[hub]) / (_weights is null ? _sending[hub] : _out.TotalWeight(send: true));
            _inRate = _capacity[_nodes + hub] / (_weights is null ? _receiving[hub] : _in.TotalWeight(send: false));
            _fewestOut = double.IsNaN(_fewestOut) ? _out.FewestRemaining(send: true) : _fewestOut;
            _fewestIn = double.IsNaN(_fewestIn) ? _in.FewestRemaining(send: false) : _fewestIn;
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
        remaining == double.PositiveInfinity || (remaining > 0 && !(rate > 0)) ? long.MaxValue : now + (remaining <= 0 ? 0 : (long)Math.Ceiling(remaining / rate));

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
    // its unfixed connections is smallest, give them that share, and remove them. With uneven shares, that NIC's spare
    // capacity is split among them in proportion to the weights they carry for it (the sending NIC's weight on the
    // egress side, the receiving NIC's on the ingress side), none above what its other NIC has left; with every
    // weight 1 this is the even split.
    private void AllocateProgressively(long now)
    {
        var slots = _out.Items;
        var active = _out.Count;
        Array.Copy(_capacity, _spare, _capacity.Length);
        for (var node = 0; node < _nodes; node++)
        {
            _spare[node] *= _reverse.UsableShare(_receiving[node]);
        }

        Array.Clear(_unfrozen);
        Array.Clear(_unfrozenCount);
        for (var i = 0; i < active; i++)
        {
            slots[i].Rate = double.NaN; // not yet fixed
            _unfrozen[slots[i].Egress] += slots[i].SendWeight;
            _unfrozen[slots[i].Ingress] += slots[i].ReceiveWeight;
            _unfrozenCount[slots[i].Egress]++;
            _unfrozenCount[slots[i].Ingress]++;
        }

        var left = active;
        while (left > 0)
        {
            var bottleneck = -1;
            var share = double.PositiveInfinity;
            for (var r = 0; r < _capacity.Length; r++)
            {
                if (_unfrozenCount[r] > 0 && _spare[r] / _unfrozenCount[r] < share)
                {
                    share = _spare[r] / _unfrozenCount[r];
                    bottleneck = r;
                }
            }

            // The split is fixed before any of it is taken, so the order of the slots does not change it.
            var spare = _spare[bottleneck];
            var weights = _unfrozen[bottleneck];
            for (var i = 0; i < active; i++)
            {
                ref var slot = ref slots[i];
                if (double.IsNaN(slot.Rate) && (slot.Egress == bottleneck || slot.Ingress == bottleneck))
                {
                    var atEgress = slot.Egress == bottleneck;
                    var weight = atEgress ? slot.SendWeight : slot.ReceiveWeight;
                    var split = _weights is null ? share : spare * (weight / weights);
                    var rate = Math.Max(0, Math.Min(split, _spare[atEgress ? slot.Ingress : slot.Egress]));
                    slot.Rate = rate;
                    _spare[slot.Egress] -= rate;
                    _spare[slot.Ingress] -= rate;
                    _unfrozen[slot.Egress] -= slot.SendWeight;
                    _unfrozen[slot.Ingress] -= slot.ReceiveWeight;
                    _unfrozenCount[slot.Egress]--;
                    _unfrozenCount[slot.Ingress]--;
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
    // The weights are its connection's for the current busy period.
    private struct Slot(int connection, int egress, int ingress, int tag, long bytes, long stamp, double sendWeight, double receiveWeight)
    {
        public int Connection = connection;
        public readonly int Egress = egress;
        public readonly int Ingress = ingress;
        public readonly int Tag = tag;
        public double Remaining = bytes;
        public double Rate;
        public readonly long Stamp = stamp;
        public readonly double SendWeight = sendWeight;
        public readonly double ReceiveWeight = receiveWeight;
    }

    private sealed class SlotList
    {
        // The sums of the weights of the slots, kept as slots come and go rather than summed at every allocation;
        // back to an exact 0 whenever the list empties, so rounding errors cannot pile up.
        private double _sendWeights;
        private double _receiveWeights;

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
            _sendWeights += slot.SendWeight;
            _receiveWeights += slot.ReceiveWeight;
        }

        public void Clear() => (Count, _sendWeights, _receiveWeights) = (0, 0, 0);

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
                else
                {
                    _sendWeights -= Items[i].SendWeight;
                    _receiveWeights -= Items[i].ReceiveWeight;
                }
            }

            Count = kept;
            if (Count == 0)
            {
                (_sendWeights, _receiveWeights) = (0, 0);
            }
        }

        // The fewest bytes left per unit of the weight each message has at the NIC it shares.
        public double FewestRemaining(bool send)
        {
            var fewest = double.PositiveInfinity;
            for (var i = 0; i < Count; i++)
            {
                var left = Items[i].Remaining / (send ? Items[i].SendWeight : Items[i].ReceiveWeight);
                fewest = left < fewest ? left : fewest;
            }

            return fewest;
        }

        public double TotalWeight(bool send) => send ? _sendWeights : _receiveWeights;
    }

    private sealed class Connection(int egress, int ingress)
    {
        public readonly int Egress = egress;
        public readonly int Ingress = ingress;
        public readonly MessageQueue Waiting = new();
        public bool Active;
        public double SendWeight = 1;
        public double ReceiveWeight = 1;
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
