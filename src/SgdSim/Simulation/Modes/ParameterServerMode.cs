using SgdSim.Calibration;

namespace SgdSim.Simulation.Modes;

/// <summary>
/// Parameters on parameter-server shards: a worker reads each parameter from its shard and sends it its gradient;
/// the shard runs the server ops and updates. Asynchronous as it stands (every update applied as it comes, every read
/// served at once); <see cref="SynchronousParameterServer"/> gates the reads and combines the updates.
/// </summary>
/// <param name="cluster">The cluster the mode serves.</param>
public class ParameterServerMode(ClusterSimulation cluster) : ITrainingMode
{
    /// <summary>The cluster the mode serves.</summary>
    protected ClusterSimulation Cluster { get; } = cluster;

    /// <inheritdoc/>
    public bool HasServer => true;

    /// <inheritdoc/>
    public bool UpdatesOnWorkers => false;

    /// <inheritdoc/>
    public long PeerPayloadBytes => 0;

    /// <inheritdoc/>
    public void Ready(int worker, int task)
    {
        switch (Cluster.Model.Kinds[task])
        {
            case TaskKind.Pull:
                if (HoldRead(worker, task))
                {
                    return; // released when the updates it must see have been applied
                }

                Cluster.RequestTransfer(worker, task);
                break;
            case TaskKind.Push:
                Cluster.RequestTransfer(worker, task);
                break;
            case TaskKind.ServerOp:
                Cluster.RunOnServer(worker, task);
                break;
            case TaskKind.Update:
                if (Accumulate(worker, task))
                {
                    Cluster.Complete(worker, task);
                }
                else
                {
                    Cluster.RunOnServer(worker, task);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown task kind {Cluster.Model.Kinds[task]}.");
        }
    }

    /// <inheritdoc/>
    public virtual void Applied(int worker, int task)
    {
    }

    /// <inheritdoc/>
    public void Handle(in ClusterEvent e) => throw new InvalidOperationException($"A parameter server schedules no events of its own ({e}).");

    /// <inheritdoc/>
    public void Arrived(int tag) => throw new InvalidOperationException($"A parameter server sends no messages of its own ({tag}).");

    /// <summary>Holds worker <paramref name="worker"/>'s read <paramref name="task"/> back if it may not be sent
    /// yet (the mode sends it later); false lets it go now.</summary>
    protected virtual bool HoldRead(int worker, int task) => false;

    /// <summary>Takes in a gradient that needs no update run of its own (it is combined into a later one); false
    /// lets the update run on its shard.</summary>
    protected virtual bool Accumulate(int worker, int task) => false;
}

/// <summary>Asynchronous SGD on parameter servers: each update is applied as it comes, each read served at once.</summary>
/// <param name="cluster">The cluster the mode serves.</param>
public sealed class AsyncParameterServer(ClusterSimulation cluster) : ParameterServerMode(cluster);
