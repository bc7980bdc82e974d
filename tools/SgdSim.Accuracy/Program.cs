using SgdSim.Accuracy;

// Ctrl+C cancels the validations in flight; docs/accuracy.md is written only once every set is done.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await AccuracyTool.MainAsync(args, Directory.GetCurrentDirectory(), Console.Out, Console.Error, cancellation.Token);
