namespace SgdSim.Simulation.Network;

/// <summary>What a network model is made from besides its topology.</summary>
/// <param name="Spread">How unequally connections split a NIC they share.</param>
/// <param name="Reverse">How incoming connections slow a node's sending.</param>
/// <param name="Seed">Seed of the model's own random draws (the run's generator is left alone, so that a model that
/// draws nothing leaves every other draw of the run as it was).</param>
public readonly record struct NetworkSettings(ShareSpread Spread, ReverseQueueing Reverse, int Seed);

/// <summary>Makes the network of one run.</summary>
public delegate INetworkModel NetworkModelFactory(StarTopology topology, NetworkSettings settings);

/// <summary>The network models the simulator has, by name; <see cref="SimulationOptions.Network"/> takes any other.</summary>
public static class NetworkModels
{
    /// <summary>Per-connection queues sharing the NICs (<see cref="ConnectionQueueNetwork"/>): the default.</summary>
    public static NetworkModelFactory ConnectionQueues { get; } = (topology, s) => new ConnectionQueueNetwork(topology, s.Spread, s.Seed, s.Reverse);

    /// <summary>A flow per message (<see cref="FlowPerMessageNetwork"/>).</summary>
    public static NetworkModelFactory FlowPerMessage { get; } = (topology, s) => new FlowPerMessageNetwork(topology, s.Spread, s.Seed, s.Reverse);

    /// <summary>Every model by the name reports give it.</summary>
    public static IReadOnlyDictionary<string, NetworkModelFactory> ByName { get; } = new Dictionary<string, NetworkModelFactory>
    {
        ["connection-queues"] = ConnectionQueues,
        ["flow-per-message"] = FlowPerMessage,
    };
}
