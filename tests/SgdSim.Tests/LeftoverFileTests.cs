using System.Diagnostics;
using SgdSim.IO;
using SgdSim.Reports;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// A run killed while writing (SIGKILL: no cleanup runs) leaves its temporary file or staging folder; the next run that
/// writes there removes those of dead processes and leaves those of running ones alone.
/// </summary>
public sealed class LeftoverFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // The id of a process that has ended.
    private static int DeadProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void A_resumed_sweep_removes_the_temporary_table_a_killed_run_left()
    {
        var folder = _dir.File("sweep");
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");
        string[] args = ["sweep", trace, "--workers", "1-2", "--out", folder, "--steps", "8", "--replicas", "2"];
        Assert.Equal(0, CliRunner.Run(args).ExitCode);
        var dead = Path.Combine(folder, $".sweep.parquet.{DeadProcess()}.{Guid.NewGuid():N}.tmp");
        var running = Path.Combine(folder, $".sweep.parquet.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var other = Path.Combine(folder, ".notes.txt.1.tmp");
        foreach (var file in new[] { dead, running, other })
        {
            File.WriteAllText(file, "half");
        }

        var resumed = CliRunner.Run(args);

        Assert.Equal(0, resumed.ExitCode);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(other));
    }

    [Fact]
    public void A_new_staging_folder_removes_those_of_dead_runs()
    {
        var target = _dir.File("out");
        var dead = Path.Combine(target, $".staging.{DeadProcess()}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(dead);
        File.WriteAllText(Path.Combine(dead, "predictions.parquet"), "half");
        var running = Path.Combine(target, $".staging.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(running);

        using (var staged = StagedFolder.Begin(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "a.txt"), "done");
            staged.Commit();
        }

        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(running));
        Assert.True(File.Exists(Path.Combine(target, "a.txt")));
    }
}
