using SgdSim.Calibration;

namespace SgdSim.Simulation.Network;

/// <summary>
/// Nodes on one non-blocking switch: the only limits on a transfer are the NICs of the two nodes it runs between, each
/// full duplex with its own sending (egress) and receiving (ingress) capacity. In the cluster, nodes 0..N−1 are the
/// workers and N..N+K−1 the parameter-server shards.
/// </summary>
public sealed class StarTopology
{
    private readonly double[] _egress;
    private readonly double[] _ingress;

    /// <summary>Creates a star of nodes whose NICs send at <paramref name="egressBytesPerNs"/> and receive at
    /// <paramref name="ingressBytesPerNs"/> (one entry per node, bytes per nanosecond).</summary>
    /// <exception cref="ArgumentException">The two arrays differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity is not positive and finite.</exception>
    public StarTopology(double[] egressBytesPerNs, double[] ingressBytesPerNs)
    {
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

        _egress = (double[])egressBytesPerNs.Clone();
        _ingress = (double[])ingressBytesPerNs.Clone();
    }

    /// <summary>Number of nodes.</summary>
    public int Nodes => _egress.Length;

    /// <summary>Sending capacity of each node's NIC, bytes per nanosecond.</summary>
    public IReadOnlyList<double> Egress => _egress;

    /// <summary>Receiving capacity of each node's NIC, bytes per nanosecond.</summary>
    public IReadOnlyList<double> Ingress => _ingress;

    /// <summary>
    /// The cluster's star: <paramref name="workers"/> workers, then <paramref name="shards"/> server shards. A NIC's
    /// capacity in each direction is the calibrated link's, down for what a server sends and up for what it receives,
    /// unless the scenario gives the node's nominal rate.
    /// </summary>
    internal static StarTopology Of(JobModel model, Scenario scenario, int workers, int shards)
    {
        var nodes = workers + shards;
        var egress = new double[nodes];
        var ingress = new double[nodes];
        for (var node = 0; node < nodes; node++)
        {
            var server = node >= workers;
            var given = server ? Pick(scenario.ServerBitsPerS, node - workers) : Pick(scenario.WorkerBitsPerS, node);
            egress[node] = given is { } g ? Bandwidth.PayloadBytesPerNs(g) : server ? model.DownBytesPerNs : model.UpBytesPerNs;
            ingress[node] = given is { } h ? Bandwidth.PayloadBytesPerNs(h) : server ? model.UpBytesPerNs : model.DownBytesPerNs;
        }

        return new StarTopology(egress, ingress);
    }

    private static double? Pick(IReadOnlyList<double>? values, int index) =>
        values is null ? null : values.Count == 1 ? values[0] : values[index];
}
