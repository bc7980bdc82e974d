namespace SgdSim.Simulation.Network;

/// <summary>
/// How unequally connections that send at the same time split a NIC. Each busy period of a connection (from a message
/// on an idle connection to the last message queued behind it) draws a weight, log-normal with median 1 and the given
/// spread, for the NIC it sends from and one for the NIC it sends into; a NIC is split in proportion to the weights of
/// the connections it carries. TCP connections do this: which one holds more of a shared queue depends on its
/// congestion state when it starts, and changes with every busy period.
/// </summary>
/// <param name="Send">Spread (standard deviation of the log weight) of connections sharing the NIC they send from.</param>
/// <param name="Receive">Spread of connections sharing the NIC they send into.</param>
public readonly record struct ShareSpread(double Send, double Receive)
{
    /// <summary>Every connection gets an equal share: max-min fairness.</summary>
    public static ShareSpread Fair => default;

    /// <summary>Whether some weight can differ from 1.</summary>
    public bool IsUnequal => Send > 0 || Receive > 0;
}

/// <summary>
/// How much of a node's sending capacity its connections can use while other connections send into it. A TCP sender
/// moves on only as acknowledgements come back, and a node's acknowledgements for what it sends arrive through its
/// own receive queue: when several connections fill that queue, they wait behind the incoming data, and the node's
/// outgoing connections slow down although its sending NIC has room. One incoming connection keeps the queue short.
/// </summary>
/// <param name="Shares">The share of the sending capacity usable while 2, 3, … connections send into the node; the
/// last entry holds for every larger number. Empty: the whole capacity, always.</param>
public sealed record ReverseQueueing(IReadOnlyList<double> Shares)
{
    /// <summary>Incoming traffic never slows a node's sending.</summary>
    public static ReverseQueueing None { get; } = new([]);

    /// <summary>The share of its sending capacity a node can use while <paramref name="receiving"/> connections send into it.</summary>
    public double UsableShare(int receiving) =>
        receiving < 2 || Shares.Count == 0 ? 1 : Shares[Math.Min(receiving - 2, Shares.Count - 1)];

    /// <summary>Whether the shares are usable: each above 0 and at most 1.</summary>
    public bool IsValid => Shares.All(s => s > 0 && s <= 1);
}
