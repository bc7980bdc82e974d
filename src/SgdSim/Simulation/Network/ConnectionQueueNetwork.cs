namespace SgdSim.Simulation.Network;

/// <summary>
/// One connection per ordered pair of nodes, like a TCP connection or an RPC channel: the messages between two nodes
/// queue on it and go one at a time, by priority. Connections share the NICs (<c>--sharing tcp</c> and <c>fair</c>).
/// </summary>
public sealed class ConnectionQueueNetwork : FlowNetwork
{
    private readonly Dictionary<(int, int), int> _ids = [];

    /// <summary>Creates the network over <paramref name="topology"/>'s NICs.</summary>
    /// <param name="topology">The nodes and the capacities of their NICs.</param>
    /// <param name="spread">How unequally connections split a NIC they share; the default splits it evenly.</param>
    /// <param name="seed">Seed of the weights' generator (used only when <paramref name="spread"/> is unequal).</param>
    /// <param name="reverse">How incoming connections slow a node's sending; the default: not at all.</param>
    public ConnectionQueueNetwork(StarTopology topology, ShareSpread spread = default, int seed = 0, ReverseQueueing? reverse = null)
        : base(topology, spread, seed, reverse)
    {
    }

    /// <inheritdoc/>
    private protected override bool TryFindConnection(int source, int destination, out int id) =>
        _ids.TryGetValue((source, destination), out id);

    /// <inheritdoc/>
    private protected override int ConnectionFor(int source, int destination)
    {
        if (!_ids.TryGetValue((source, destination), out var id))
        {
            id = _ids[(source, destination)] = AddConnection(source, destination);
        }

        return id;
    }
}
