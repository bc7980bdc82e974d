namespace SgdSim.Simulation.Modes;

/// <summary>
/// How the workers' updates are combined: where parameters live, what a read, a gradient, a server op and an update
/// do when they become ready, and what the mode sends over the network of its own. The cluster runs the worker ops
/// on their lanes, the server ops on the shards' executors and the transfers it is asked for; the mode decides the
/// rest. One instance serves one run; the cluster calls it once per task, so it allocates nothing there.
/// </summary>
public interface ITrainingMode
{
    /// <summary>Whether parameters live on parameter-server shards; false keeps them on every worker (no shards).</summary>
    bool HasServer { get; }

    /// <summary>Whether each worker applies its own updates, on a lane of its own (rather than a shard doing it).</summary>
    bool UpdatesOnWorkers { get; }

    /// <summary>Bytes the workers sent each other during their counted steps (0 for a mode that sends none).</summary>
    long PeerPayloadBytes { get; }

    /// <summary>Task <paramref name="task"/> of worker <paramref name="worker"/>, not a worker op, is ready: start it
    /// through the cluster (a transfer, a server op, a completion) or hold it.</summary>
    void Ready(int worker, int task);

    /// <summary>Worker <paramref name="worker"/>'s gradient of task <paramref name="task"/> has been applied: its
    /// update ran on its shard, or, for a parameter without one, its push arrived.</summary>
    void Applied(int worker, int task);

    /// <summary>An event the mode scheduled (<see cref="ClusterSimulation.ScheduleModeEvent"/>) is due.</summary>
    void Handle(in ClusterEvent e);

    /// <summary>A message the mode sent (<see cref="ClusterSimulation.SendModeMessage"/>) has arrived.</summary>
    void Arrived(int tag);
}

/// <summary>Makes the training mode of one run, for the cluster it serves.</summary>
public delegate ITrainingMode TrainingModeFactory(ClusterSimulation cluster);
