using System.Runtime.InteropServices;
using SgdSim.Cli;

// Ctrl+C asks the command to stop: it cancels the token the command runs with, which ends it with exit code 130 and
// no half-written output. A second Ctrl+C ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

// SIGTERM, what a scheduler sends before it kills a job it cancels, requeues or preempts (Slurm's scancel, a
// Kubernetes eviction), stops the command the same way, so that a sweep writes the points it has finished; the exit
// code is then 143, as for a process the signal ends. A second SIGTERM ends the process at once.
var terminated = false;
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = !cancellation.IsCancellationRequested;
    terminated = true;
    cancellation.Cancel();
});

var code = await SgdSimCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
return terminated && code == ExitCodes.Cancelled ? ExitCodes.Terminated : code;
