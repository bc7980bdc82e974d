using SgdSim.Calibration;

namespace SgdSim.Tests.Support;

/// <summary>Hand-built job models whose behaviour has a closed form.</summary>
internal static class Models
{
    /// <summary>
    /// One step = pull P bytes, compute for <paramref name="computeNs"/>, push P bytes: a chain whose time on idle
    /// links is 2 × (latency + bytes / capacity) + compute.
    /// </summary>
    public static JobModel Chain(long bytes, double bytesPerNs, long latencyNs, long computeNs, long gapNs = 0)
    {
        var b = new ModelBuilder(bytesPerNs, latencyNs);
        var wire = latencyNs + (long)(bytes / bytesPerNs);
        var pull = b.Pull("w", bytes);
        var compute = b.Compute("compute", computeNs, startNs: wire, after: pull);
        b.Push("w", bytes, compute);
        return b.Build() with { StepGapSamples = [gapNs], MedianStepNs = (2 * wire) + computeNs };
    }
}
