namespace ResNet50Trace;

/// <summary>
/// One direction of the connection between a worker and the parameter server: messages go on the wire one after
/// another in the order they became ready, each at the link's full rate — what the transfers of real one-worker PS
/// traces show (each large tensor ends a whole message-time after the previous one instead of all ending together).
/// </summary>
public static class ConnectionLink
{
    /// <summary>Computes when each transfer finishes.</summary>
    /// <param name="arrivalUs">When each transfer's first byte may flow, microseconds.</param>
    /// <param name="bytes">Each transfer's size, bytes (positive).</param>
    /// <param name="bytesPerUs">The link's capacity, bytes per microsecond.</param>
    /// <returns>Each transfer's finish time, microseconds.</returns>
    public static double[] Finish(IReadOnlyList<double> arrivalUs, IReadOnlyList<long> bytes, double bytesPerUs)
    {
        var n = arrivalUs.Count;
        if (bytes.Count != n || bytesPerUs <= 0)
        {
            throw new ArgumentException("One size per arrival and a positive capacity are needed.");
        }

        var finish = new double[n];
        var free = double.NegativeInfinity;
        foreach (var i in Enumerable.Range(0, n).OrderBy(i => arrivalUs[i]).ThenBy(i => i))
        {
            free = finish[i] = Math.Max(free, arrivalUs[i]) + bytes[i] / bytesPerUs;
        }

        return finish;
    }
}
