using SgdSim.Traces;

namespace SgdSim.Tests.Traces;

public sealed class AssemblyToolkitTests
{
    [Fact]
    public void A_step_marked_twice_is_one_window_from_its_earliest_start_to_its_latest_end()
    {
        var steps = new StepWindows<long>();
        steps.Mark(2, 200, 250);
        steps.Mark(1, 100, 150);
        steps.Mark(2, 190, 260);
        steps.Order();

        Assert.Equal(2, steps.Count);
        Assert.Equal((1L, 100L, 150L), (steps.Key(0), steps.Start(0), steps.End(0)));
        Assert.Equal((2L, 190L, 260L), (steps.Key(1), steps.Start(1), steps.End(1)));
        Assert.Equal(1, steps.RankOf(0));
    }

    [Fact]
    public void An_op_between_two_steps_runs_in_the_first_but_is_held_by_neither()
    {
        var steps = new StepWindows<string>();
        steps.Mark("a", 100, 150);
        steps.Mark("b", 200, 250);
        steps.Order(StringComparer.Ordinal);

        Assert.Equal((0, -1), (steps.RunningAt(170), steps.Holding(170)));
        Assert.Equal((1, 1), (steps.RunningAt(250), steps.Holding(250)));
        Assert.Equal((-1, -1), (steps.RunningAt(99), steps.Holding(99)));
        Assert.Equal(-1, steps.RunningAt(251));
    }

    [Fact]
    public void Sends_and_receives_of_one_key_pair_in_order_and_the_leftovers_are_counted()
    {
        var queues = new SendQueues<(int, int)>(4);
        queues.Send((0, 1), 0);
        queues.Send((0, 1), 1);
        queues.Send((1, 0), 2);

        Assert.Equal(0, queues.Receive((0, 1)));
        Assert.Equal(1, queues.Receive((0, 1)));
        Assert.Equal(-1, queues.Receive((0, 1)));
        Assert.Equal(1, queues.Unpaired(_ => true));
        Assert.Equal(0, queues.Unpaired(key => key.Item1 == 0));
    }

    [Fact]
    public void A_consumer_claims_the_latest_transfer_that_ended_before_it_and_not_one_claimed_already()
    {
        (int Place, long End)[] transfers = [(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 100), (0, 300), (1, 50)];
        var claims = new TransferClaims([7, 8, 9], t => transfers[t].Place, t => transfers[t].End);

        Assert.Equal(7, claims.Claim(0, 200));
        Assert.Null(claims.Claim(0, 200));
        Assert.Equal(8, claims.Claim(0, 400));
        Assert.Null(claims.Claim(2, 400));
    }

    [Fact]
    public void Links_are_gathered_by_the_op_they_lead_to_and_a_flow_needs_two_different_ops()
    {
        var links = new OpLinks();
        var arrows = new FlowArrows<int>();
        arrows.Tail(1, 0);
        arrows.Tail(2, -1);
        links.Add(2, 1);
        Assert.True(arrows.TryTail(1, out var from));
        FlowArrows<int>.Link(from, 2, links);
        Assert.True(arrows.TryTail(2, out var none));
        FlowArrows<int>.Link(none, 2, links);
        FlowArrows<int>.Link(1, 1, links);

        var inputs = links.Freeze(3);

        Assert.Equal([1, 0], inputs.Of(2).ToArray());
        Assert.True(inputs.Of(1).IsEmpty);
    }
}
