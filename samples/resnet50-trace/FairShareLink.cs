namespace ResNet50Trace;

/// <summary>
/// A fluid model of one direction of a network link: every transfer that has arrived and is not finished gets an
/// equal share of the capacity (processor sharing, as concurrent TCP streams of one NIC roughly get).
/// </summary>
public static class FairShareLink
{
    /// <summary>
    /// Computes when each transfer finishes.
    /// </summary>
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

        var order = Enumerable.Range(0, n).OrderBy(i => arrivalUs[i]).ThenBy(i => i).ToArray();
        var remaining = bytes.Select(b => (double)b).ToArray();
        var finish = new double[n];
        var active = new List<int>();
        var next = 0;
        var t = n == 0 ? 0 : arrivalUs[order[0]];
        while (next < n || active.Count > 0)
        {
            while (next < n && arrivalUs[order[next]] <= t)
            {
                active.Add(order[next++]);
            }

            if (active.Count == 0)
            {
                t = arrivalUs[order[next]];
                continue;
            }

            var rate = bytesPerUs / active.Count;
            var first = active[0];
            foreach (var a in active)
            {
                if (remaining[a] < remaining[first])
                {
                    first = a;
                }
            }

            var done = t + remaining[first] / rate;
            var arrival = next < n ? arrivalUs[order[next]] : double.PositiveInfinity;
            var until = Math.Min(done, arrival);
            var moved = rate * (until - t);
            foreach (var a in active)
            {
                remaining[a] -= moved;
            }

            t = until;
            if (done <= arrival)
            {
                remaining[first] = 0;
                // Every transfer that was as small as the first finishes with it (rounding aside).
                for (var k = active.Count - 1; k >= 0; k--)
                {
                    var a = active[k];
                    if (remaining[a] <= 1e-6)
                    {
                        finish[a] = t;
                        active.RemoveAt(k);
                    }
                }
            }
        }

        return finish;
    }
}
