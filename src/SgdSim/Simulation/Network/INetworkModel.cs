namespace SgdSim.Simulation.Network;

/// <summary>
/// What the cluster asks of a network: messages go in tagged, and come out as arrivals when the cluster advances the
/// network to the time of its <see cref="NextCompletion"/>. Between completions nothing happens that the cluster
/// needs an event for, so a model that changes rates only when a message starts or ends costs one event per arrival.
/// </summary>
/// <remarks>The cluster calls these once or more per simulated event: an implementation allocates nothing in steady
/// state and keeps no per-message closures.</remarks>
public interface INetworkModel
{
    /// <summary>The time of the next message completion, or <see cref="long.MaxValue"/> when nothing is on the wire.</summary>
    long NextCompletion { get; }

    /// <summary>
    /// Queues a message of <paramref name="bytes"/> from node <paramref name="source"/> to node
    /// <paramref name="destination"/> at time <paramref name="now"/>; lower <paramref name="priority"/> values go
    /// first among messages waiting for the same link. <paramref name="tag"/> comes back when it arrives.
    /// </summary>
    void Send(long now, int source, int destination, long bytes, long priority, int tag);

    /// <summary>Advances the network to <paramref name="now"/> and adds to <paramref name="arrived"/> the tags of the
    /// messages that have fully arrived.</summary>
    void AdvanceTo(long now, List<int> arrived);

    /// <summary>Moves every message on to <paramref name="now"/> so that <see cref="BytesSent"/> and
    /// <see cref="BytesReceived"/> count up to then, without delivering any.</summary>
    void Observe(long now);

    /// <summary>Bytes node <paramref name="node"/> has sent so far (up to the last advance or observation).</summary>
    double BytesSent(int node);

    /// <summary>Bytes node <paramref name="node"/> has received so far (up to the last advance or observation).</summary>
    double BytesReceived(int node);
}
