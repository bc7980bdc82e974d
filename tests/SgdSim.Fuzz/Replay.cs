namespace SgdSim.Fuzz;

/// <summary>Runs a target on saved inputs (AFL++'s crashes and hangs), saying for each what happened.</summary>
internal static class Replay
{
    /// <summary>Runs <paramref name="target"/> on each of <paramref name="files"/>; 1 if any broke the contract.</summary>
    public static int Run(Target target, IEnumerable<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                using var input = File.OpenRead(file);
                target.Run(input);
                Console.WriteLine($"{file}: ok ({started.ElapsedMilliseconds} ms)");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{file}: {e}");
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
