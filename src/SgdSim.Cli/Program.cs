using SgdSim.Cli;

// Ctrl+C asks the command to stop: it cancels the token the command runs with, which ends it with exit code 130 and
// no half-written output. A second Ctrl+C ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await SgdSimCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
