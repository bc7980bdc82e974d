using SgdSim.Simulation.Engine;
using SgdSim.Simulation.Network;

namespace SgdSim.Tests;

public sealed class FlowNetworkTests
{
    private const double Down = 1.1875;
    private const double Up = 1.1875;

    // A cluster's star (workers 0..n-1, server n) with the same NICs everywhere takes the shortcut; the same network
    // with one more, idle node of other NICs does not (the shortcut needs every NIC to match the hub's), so it shares
    // by progressive filling. The idle node carries nothing, so both must agree to the last bit.
    private static (FlowNetwork Star, FlowNetwork Reference) Networks(int workers, bool flowPerMessage, double down, double up,
        ShareSpread spread = default, int seed = 0, ReverseQueueing? reverse = null)
    {
        var egress = Enumerable.Repeat(up, workers).Append(down).ToArray();
        var ingress = Enumerable.Repeat(down, workers).Append(up).ToArray();
        return (Network(new StarTopology(egress, ingress), flowPerMessage, spread, seed, reverse),
            Network(new StarTopology([.. egress, 3 * down], [.. ingress, 5 * up]), flowPerMessage, spread, seed, reverse));
    }

    private static FlowNetwork Network(StarTopology topology, bool flowPerMessage, ShareSpread spread, int seed, ReverseQueueing? reverse) =>
        flowPerMessage ? new FlowPerMessageNetwork(topology, spread, seed, reverse) : new ConnectionQueueNetwork(topology, spread, seed, reverse);

    [Theory]
    [InlineData(1, false, Down, Up)]
    [InlineData(7, false, Down, Up)]
    [InlineData(7, false, 1.25, 0.3)]
    [InlineData(7, true, Down, Up)]
    [InlineData(7, true, 0.125, 2.5)]
    [InlineData(33, false, Down, Up)]
    public void On_a_star_the_shortcut_shares_exactly_as_progressive_filling_does(int workers, bool flowPerMessage, double down, double up)
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var (star, reference) = Networks(workers, flowPerMessage, down, up);
            var random = new Random(seed);
            var server = workers;
            long now = 0;
            var tag = 0;
            var arrivals = 0;
            for (var op = 0; op < 3000; op++)
            {
                Assert.Equal(reference.NextCompletion, star.NextCompletion);
                if (random.Next(3) > 0 || star.NextCompletion == long.MaxValue)
                {
                    // A send, some time before the next completion (or at it).
                    var limit = Math.Min(star.NextCompletion, now + 200_000);
                    now += random.NextInt64(0, Math.Max(1, limit - now + 1));
                    var worker = random.Next(workers);
                    var (source, destination) = random.Next(2) == 0 ? (server, worker) : (worker, server);
                    var bytes = random.Next(4) == 0 ? random.Next(0, 64) : random.NextInt64(1, 20_000_000);
                    var priority = random.Next(100);
                    star.Send(now, source, destination, bytes, priority, tag);
                    reference.Send(now, source, destination, bytes, priority, tag);
                    tag++;
                }
                else
                {
                    now = star.NextCompletion;
                    List<int> a = [], b = [];
                    star.AdvanceTo(now, a);
                    reference.AdvanceTo(now, b);
                    Assert.Equal(b, a);
                    arrivals += a.Count;
                }

                Assert.Equal(reference.ActiveConnections, star.ActiveConnections);
                for (var node = 0; node <= workers; node++)
                {
                    Assert.Equal(reference.BytesSent(node), star.BytesSent(node));
                    Assert.Equal(reference.BytesReceived(node), star.BytesReceived(node));
                    Assert.Equal(reference.Rate(node, server), star.Rate(node, server));
                    Assert.Equal(reference.Rate(server, node), star.Rate(server, node));
                }
            }

            Assert.True(arrivals > 100, $"only {arrivals} messages arrived");
        }
    }

    // The same, with TCP's uneven shares and reverse queueing: the shortcut multiplies in another order than progressive
    // filling, so the two agree to rounding, not to the bit.
    [Theory]
    [InlineData(7, 42)]
    [InlineData(16, 7)]
    public void On_a_star_with_uneven_shares_and_reverse_queueing_the_shortcut_shares_as_progressive_filling_does(int workers, int seed)
    {
        var (star, reference) = Networks(workers, false, Down, Up, new ShareSpread(0.3, 0.5), seed, new ReverseQueueing([0.8, 0.5, 0.3]));
        var random = new Random(seed);
        var server = workers;
        long now = 0;
        var tag = 0;
        var arrivals = 0;
        for (var op = 0; op < 3000; op++)
        {
            Assert.InRange(star.NextCompletion - reference.NextCompletion, -1, 1);
            if (random.Next(3) > 0 || star.NextCompletion == long.MaxValue)
            {
                var limit = Math.Min(Math.Min(star.NextCompletion, reference.NextCompletion) - 1, now + 200_000);
                now += random.NextInt64(0, Math.Max(1, limit - now + 1));
                var worker = random.Next(workers);
                var (source, destination) = random.Next(2) == 0 ? (server, worker) : (worker, server);
                var bytes = random.NextInt64(1, 20_000_000);
                star.Send(now, source, destination, bytes, 0, tag);
                reference.Send(now, source, destination, bytes, 0, tag);
                tag++;
            }
            else
            {
                // Both move to the later of their completions (at most a nanosecond apart), so both deliver it.
                now = Math.Max(star.NextCompletion, reference.NextCompletion);
                List<int> a = [], b = [];
                star.AdvanceTo(now, a);
                reference.AdvanceTo(now, b);
                Assert.Equal(b.Order(), a.Order());
                arrivals += a.Count;
            }

            for (var node = 0; node <= workers; node++)
            {
                Assert.Equal(reference.BytesSent(node), star.BytesSent(node), 1e-6 * Math.Max(1, reference.BytesSent(node)));
                Assert.Equal(reference.Rate(node, server), star.Rate(node, server), 1e-9);
                Assert.Equal(reference.Rate(server, node), star.Rate(server, node), 1e-9);
            }
        }

        Assert.True(arrivals > 100, $"only {arrivals} messages arrived");
    }

    [Fact]
    public void While_two_connections_send_into_a_node_its_own_sending_slows_to_the_share_given()
    {
        // Node 2 is the hub; it sends to node 0 while node 1 and then also node 3 send to it.
        var network = new ConnectionQueueNetwork(new StarTopology([1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]), reverse: new ReverseQueueing([0.5, 0.25]));
        network.Send(0, 2, 0, 10_000, 0, tag: 1);
        Assert.Equal(1.0, network.Rate(2, 0));
        network.Send(0, 1, 2, 10_000, 0, tag: 2);
        Assert.Equal(1.0, network.Rate(2, 0)); // one incoming connection: no slowdown
        network.Send(0, 3, 2, 10_000, 0, tag: 3);
        Assert.Equal(0.5, network.Rate(2, 0));
        Assert.Equal(0.5, network.Rate(1, 2)); // the incoming ones share the hub's receiving NIC as before
        Assert.Equal(20_000, network.NextCompletion);
        List<int> arrived = [];
        network.AdvanceTo(20_000, arrived);
        Assert.Equal([3, 2, 1], arrived);
    }

    [Fact]
    public void Uneven_shares_are_drawn_per_busy_period_from_the_seed_and_fill_the_NIC()
    {
        double[] Rates(int seed, double spread)
        {
            var network = new ConnectionQueueNetwork(new StarTopology([1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]), spread: new ShareSpread(spread, spread), seed: seed);
            for (var leaf = 0; leaf < 3; leaf++)
            {
                network.Send(0, 3, leaf, 1_000_000, 0, tag: leaf);
            }

            return [network.Rate(3, 0), network.Rate(3, 1), network.Rate(3, 2)];
        }

        Assert.Equal(Rates(5, 0.5), Rates(5, 0.5));
        Assert.NotEqual(Rates(5, 0.5), Rates(6, 0.5));
        Assert.Equal(1.0, Rates(5, 0.5).Sum(), 1e-12);
        Assert.True(Rates(5, 0.5).Max() > 1.1 * Rates(5, 0.5).Min());
        Assert.All(Rates(5, 0), r => Assert.Equal(1.0 / 3, r));
    }

    [Fact]
    public void Two_equal_messages_out_of_a_hub_share_its_NIC_and_arrive_together()
    {
        var (star, _) = Networks(2, false, 1.0, 1.0);
        star.Send(0, 2, 0, 1000, 0, tag: 10);
        star.Send(0, 2, 1, 1000, 0, tag: 11);
        Assert.Equal(0.5, star.Rate(2, 0));
        Assert.Equal(2000, star.NextCompletion);
        List<int> arrived = [];
        star.AdvanceTo(2000, arrived);
        Assert.Equal([11, 10], arrived);
        Assert.Equal(2000, star.BytesSent(2));
        Assert.Equal(long.MaxValue, star.NextCompletion);
    }

    [Fact]
    public void A_connection_sends_its_waiting_messages_one_at_a_time_lowest_priority_first()
    {
        var (star, _) = Networks(1, false, 1.0, 1.0);
        star.Send(0, 1, 0, 100, priority: 5, tag: 1);
        star.Send(0, 1, 0, 100, priority: 9, tag: 2);
        star.Send(0, 1, 0, 100, priority: 7, tag: 3);
        List<int> order = [];
        while (star.NextCompletion != long.MaxValue)
        {
            star.AdvanceTo(star.NextCompletion, order);
        }

        Assert.Equal([1, 3, 2], order);
        Assert.Equal(300, star.BytesReceived(0));
    }

    [Fact]
    public void The_timer_fires_in_time_and_scheduling_order_among_the_events_and_only_where_last_set()
    {
        var log = new Recorder();
        log.Schedule(10, 1);
        log.Timer(10);      // set after event 1: fires after it
        log.Schedule(10, 2);
        log.Timer(10);      // set again: replaces the setting before, now after event 2
        log.Schedule(10, 3);
        log.Schedule(5, 4);
        log.Run();
        Assert.Equal(["4@5", "1@10", "2@10", "timer@10", "3@10"], log.Seen);
        Assert.Equal(5, log.EventsProcessed);
    }

    [Fact]
    public void A_cleared_timer_does_not_fire()
    {
        var log = new Recorder();
        log.Timer(7);
        log.Timer(long.MaxValue);
        log.Schedule(9, 1);
        log.Run();
        Assert.Equal(["1@9"], log.Seen);
    }

    [Fact]
    public void Events_in_the_past_and_timers_in_the_past_are_refused()
    {
        var log = new Recorder();
        log.Schedule(10, 1);
        log.Run();
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Schedule(9, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Timer(9));
    }

    [Fact]
    public void Many_events_come_out_in_time_then_scheduling_order()
    {
        var log = new Recorder();
        var random = new Random(3);
        var expected = new List<(long Time, int Id)>();
        for (var id = 0; id < 5000; id++)
        {
            var time = random.Next(0, 300);
            log.Schedule(time, id);
            expected.Add((time, id));
        }

        log.Run();
        Assert.Equal(expected.OrderBy(e => e.Time).ThenBy(e => e.Id).Select(e => $"{e.Id}@{e.Time}"), log.Seen);
    }

    private sealed class Recorder() : Simulation<int>(seed: 1)
    {
        public List<string> Seen { get; } = [];

        public void Timer(long time) => SetTimer(time);

        protected override void Handle(in int e) => Seen.Add($"{e}@{Now}");

        protected override void OnTimer() => Seen.Add($"timer@{Now}");
    }
}
