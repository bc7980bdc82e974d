using SgdSim.Simulation;
using SgdSim.Simulation.Policies;
using SgdSim.Tests.Support;

namespace SgdSim.Tests.Simulation;

/// <summary>A transfer policy added from outside the library: the last transfer issued goes first.</summary>
public sealed class ToyTransferPolicyTests
{
    [Fact]
    public void A_last_in_first_out_policy_reverses_the_order_the_reads_arrive_in()
    {
        // Four reads requested together at the start of a step, each needed by its own op.
        var b = new ModelBuilder(bytesPerNs: 0.125);
        var pulls = Enumerable.Range(0, 4).Select(i => b.Pull($"p{i}", 1_000_000)).ToArray();
        foreach (var (pull, i) in pulls.Select((p, i) => (p, i)))
        {
            b.Compute($"op{i}", 1_000, after: pull);
        }

        var model = b.Build();
        int[] ArrivalOrder(TransferPolicyFactory? policy)
        {
            var options = new SimulationOptions(1, Steps: 3, WarmupSteps: 1, DurationMode.Median, RecordWorkers: 1) { TransferPolicy = policy };
            var simulation = new ClusterSimulation(model, options);
            simulation.Run();
            return [.. simulation.Recording!.Where(s => s.Step == 0 && pulls.Contains(s.Task)).OrderBy(s => s.EndNs).Select(s => s.Task)];
        }

        var fifo = ArrivalOrder(TransferPolicies.Of(TransmissionPolicy.Fifo).Create);
        var reversed = ArrivalOrder(_ => new LastInFirstOut());

        Assert.Equal(pulls, fifo);
        Assert.Equal([pulls[0], pulls[3], pulls[2], pulls[1]], reversed); // the first was on the wire already
    }

    private sealed class LastInFirstOut : ITransferPolicy
    {
        private long _issued;

        public long SliceBytes => 0;

        public long PullPriority(int worker, int task, int profiledStep) => -_issued++;

        public long PushPriority(int worker, int task) => -_issued++;

        public long ChunkPriority(ReadOnlySpan<int> tasks) => -_issued++;
    }
}
