namespace SgdSim.Tests;

public sealed class QuantilesTests
{
    [Theory]
    [InlineData(0.5, 2.5)]
    [InlineData(0.95, 3.85)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Quantiles_interpolate_linearly_between_ranks_as_numpy_does(double q, double expected)
    {
        Assert.Equal(expected, Quantiles.Of([4.0, 1.0, 3.0, 2.0], q), 12);
    }

    [Fact]
    public void Quantiles_of_nothing_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Quantiles.Median([]));
    }
}
