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

    // The connections with a message on the wire, in the order they started (removal keeps the order): every pass
    // over them goes in this order, so that sums of bytes come out the same to the last bit.
    private int[] _active = new int[8];
    private int _activeCount;
    private readonly List<int> _freed = [];

    // Active connections sending from and receiving at each node, for the star check in Allocate.
    private readonly int[] _sending;
    private readonly int[] _receiving;
    private readonly bool?[] _uniformHub;
    private int _hub = -1;

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
    public int ActiveConnections => _activeCount;

    /// <summary>Bytes node <paramref name="node"/> has sent so far (up to the last update).</summary>
    public double BytesSent(int node) => _transmitted[node];

    /// <summary>Bytes node <paramref name="node"/> has received so far (up to the last update).</summary>
    public double BytesReceived(int node) => _transmitted[_nodes + node];

    /// <summary>Current sending rate of the connection from <paramref name="source"/> to <paramref name="destination"/>, bytes/ns.</summary>
    public double Rate(int source, int destination) =>
        _connectionIds.TryGetValue((source, destination), out var id) && _connections[id].Active ? _connections[id].Rate : 0;

    /// <summary>Queues a message of <paramref name="bytes"/> at time <paramref name="now"/>; <paramref name="tag"/> comes back when it arrives.</summary>
    public void Send(long now, int source, int destination, long bytes, long priority, int tag)
    {
        if (source == destination || (uint)source >= (uint)_nodes || (uint)destination >= (uint)_nodes)
        {
            throw new ArgumentOutOfRangeException(nameof(destination), $"No link from node {source} to node {destination}.");
        }

        Progress(now);
        if (_perMessage || !_connectionIds.TryGetValue((source, destination), out var id))
        {
            id = _perMessage ? IdleConnection(source, destination) : (_connectionIds[(source, destination)] = _connections.Count);
            if (id == _connections.Count)
            {
                _connections.Add(new Connection(source, _nodes + destination));
            }
        }

        var connection = _connections[id];
        connection.Waiting.Enqueue(new Message(tag, Math.Max(0, bytes)), (priority, _sequence++));
        if (!connection.Active)
        {
            StartNext(id);
            Allocate(now);
        }
    }

    /// <summary>
    /// Advances the network to <paramref name="now"/> and adds to <paramref name="arrived"/> the tags of the messages
    /// that have fully arrived; the next waiting message of each freed connection starts at once.
    /// </summary>
    public void AdvanceTo(long now, List<int> arrived)
    {
        ArgumentNullException.ThrowIfNull(arrived);
        Progress(now);
        _freed.Clear();
        for (var i = _activeCount - 1; i >= 0; i--)
        {
            var id = _active[i];
            var connection = _connections[id];

            // Completion times are rounded up to whole nanoseconds, so a finished message has at most a rounding
            // error left; anything that would finish within the next nanosecond counts as arrived.
            if (connection.Remaining <= connection.Rate || connection.Remaining <= 1e-6)
            {
                arrived.Add(connection.Current.Tag);
                connection.Active = false;
                _sending[connection.Egress]--;
                _receiving[connection.Ingress - _nodes]--;
                _freed.Add(id);
            }
        }

        if (_freed.Count == 0)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < _activeCount; i++)
        {
            if (_connections[_active[i]].Active)
            {
                _active[kept++] = _active[i];
            }
        }

        _activeCount = kept;

        // Only a connection that just finished can be idle with messages waiting (Send starts an idle one at once);
        // they start in the order of their ids.
        _freed.Sort();
        foreach (var id in _freed)
        {
            if (_connections[id].Waiting.Count > 0)
            {
                StartNext(id);
            }
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

    private void StartNext(int id)
    {
        var connection = _connections[id];
        if (connection.Waiting.TryDequeue(out var message, out _))
        {
            connection.Current = message;
            connection.Remaining = message.Bytes;
            connection.Active = true;
            _sending[connection.Egress]++;
            _receiving[connection.Ingress - _nodes]++;
            if (_activeCount == _active.Length)
            {
                Array.Resize(ref _active, _active.Length * 2);
            }

            _active[_activeCount++] = id;
        }
    }

    private void Progress(long now)
    {
        if (now < _lastUpdate)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The network was already advanced to {_lastUpdate} ns.");
        }

        var elapsed = now - _lastUpdate;
        if (elapsed > 0)
        {
            for (var i = 0; i < _activeCount; i++)
            {
                var connection = _connections[_active[i]];
                var moved = Math.Min(connection.Remaining, connection.Rate * elapsed);
                connection.Remaining -= moved;
                _transmitted[connection.Egress] += moved;
                _transmitted[connection.Ingress] += moved;
            }
        }

        _lastUpdate = now;
    }

    private void Allocate(long now)
    {
        if (!TryAllocateStar())
        {
            AllocateProgressively();
        }

        var next = long.MaxValue;
        for (var i = 0; i < _activeCount; i++)
        {
            var connection = _connections[_active[i]];
            var ns = connection.Remaining <= 0 ? 0 : (long)Math.Ceiling(connection.Remaining / connection.Rate);
            next = Math.Min(next, now + ns);
        }

        NextCompletion = next;
    }

    // When every active connection runs between one hub and other nodes whose NICs match the hub's in the other
    // direction (the cluster's star: workers and their parameter server), progressive filling ends in one step per
    // direction: the hub's NIC is the bottleneck (a node's own NIC carries at most as many of the flows as the
    // hub's, at the same capacity), so every flow out of the hub gets egress / flows out and every flow into it
    // ingress / flows in. These are the very divisions progressive filling makes, so the rates are the same to the
    // last bit — in O(connections) instead of O(connections x NIC directions) per round.
    private bool TryAllocateStar()
    {
        if (_activeCount == 0)
        {
            return true;
        }

        if (_hub < 0 || _sending[_hub] + _receiving[_hub] != _activeCount)
        {
            _hub = -1;
            for (var node = 0; node < _nodes; node++)
            {
                if (_sending[node] + _receiving[node] == _activeCount)
                {
                    _hub = node;
                    break;
                }
            }

            if (_hub < 0)
            {
                return false;
            }
        }

        _uniformHub[_hub] ??= IsUniformHub(_hub);
        if (_uniformHub[_hub] != true)
        {
            return false;
        }

        var outRate = _capacity[_hub] / _sending[_hub];
        var inRate = _capacity[_nodes + _hub] / _receiving[_hub];
        for (var i = 0; i < _activeCount; i++)
        {
            var connection = _connections[_active[i]];
            connection.Rate = connection.Egress == _hub ? outRate : inRate;
        }

        return true;
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

    // Max-min fairness by progressive filling: repeatedly find the NIC direction whose spare capacity split among
    // its unfixed connections is smallest, give them that share, and remove them.
    private void AllocateProgressively()
    {
        Array.Copy(_capacity, _spare, _capacity.Length);
        Array.Clear(_unfrozen);
        for (var i = 0; i < _activeCount; i++)
        {
            var connection = _connections[_active[i]];
            connection.Rate = -1;
            _unfrozen[connection.Egress]++;
            _unfrozen[connection.Ingress]++;
        }

        var left = _activeCount;
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

            for (var i = 0; i < _activeCount; i++)
            {
                var connection = _connections[_active[i]];
                if (connection.Rate < 0 && (connection.Egress == bottleneck || connection.Ingress == bottleneck))
                {
                    connection.Rate = share;
                    _spare[connection.Egress] -= share;
                    _spare[connection.Ingress] -= share;
                    _unfrozen[connection.Egress]--;
                    _unfrozen[connection.Ingress]--;
                    left--;
                }
            }
        }
    }

    private readonly record struct Message(int Tag, long Bytes);

    private sealed class Connection(int egress, int ingress)
    {
        public readonly int Egress = egress;
        public readonly int Ingress = ingress;
        public readonly PriorityQueue<Message, (long, long)> Waiting = new();
        public Message Current;
        public double Remaining;
        public double Rate;
        public bool Active;
    }
}
