using SgdSim.Calibration;

namespace SgdSim.Tests.Support;

/// <summary>Hand-built job models whose behaviour has a closed form.</summary>
internal static class Models
{
    /// <summary>
    /// One step = pull P bytes, compute for <paramref name="computeNs"/>, push P bytes: a chain whose time on idle
    /// links is 2 × (latency + bytes / capacity) + compute.
    /// </summary>
    public static JobModel Chain(long bytes, double bytesPerNs, long latencyNs, long computeNs, long gapNs = 0) => new()
    {
        Names = ["pull", "compute", "push"],
        Kinds = [TaskKind.Pull, TaskKind.WorkerOp, TaskKind.Push],
        Lanes = [-1, 0, -1],
        LaneSequential = [true],
        Parameters = [0, -1, 0],
        Bytes = [bytes, 0, bytes],
        DurationsByStep = [[0], [computeNs], [0]],
        MedianDurations = [0, computeNs, 0],
        MedianStartNs = [0, latencyNs + (long)(bytes / bytesPerNs), latencyNs + (long)(bytes / bytesPerNs) + computeNs],
        SuccessorStart = [0, 1, 2, 2],
        Successors = [1, 2],
        PredecessorCounts = [0, 1, 1],
        ParameterNames = ["w"],
        ParameterBytes = [bytes],
        PullRanks = [[0, -1, -1]],
        StepGapSamples = [gapNs],
        ServerConcurrency = 1,
        DownBytesPerNs = bytesPerNs,
        UpBytesPerNs = bytesPerNs,
        DownLatencyNs = latencyNs,
        UpLatencyNs = latencyNs,
        DownWireFactors = [1.0],
        UpWireFactors = [1.0],
        MedianStepNs = 2 * (latencyNs + (long)(bytes / bytesPerNs)) + computeNs,
        Explanation = [],
    };
}
