namespace SgdSim.Simulation.Network;

/// <summary>
/// Every message its own flow: all transfers in flight share the NICs at once, the textbook fluid model
/// (<c>--sharing flow</c>), kept for comparison with <see cref="ConnectionQueueNetwork"/>.
/// </summary>
public sealed class FlowPerMessageNetwork : FlowNetwork
{
    /// <summary>Creates the network over <paramref name="topology"/>'s NICs.</summary>
    /// <param name="topology">The nodes and the capacities of their NICs.</param>
    /// <param name="spread">How unequally flows split a NIC they share; the default splits it evenly.</param>
    /// <param name="seed">Seed of the weights' generator (used only when <paramref name="spread"/> is unequal).</param>
    /// <param name="reverse">How incoming flows slow a node's sending; the default: not at all.</param>
    public FlowPerMessageNetwork(StarTopology topology, ShareSpread spread = default, int seed = 0, ReverseQueueing? reverse = null)
        : base(topology, spread, seed, reverse)
    {
    }

    // An idle connection between the same nodes is reused rather than a new one made, so the list stays as long as
    // the most messages ever in flight at once.
    private protected override int ConnectionFor(int source, int destination) =>
        IdleConnection(source, destination) is var id and >= 0 ? id : AddConnection(source, destination);
}
