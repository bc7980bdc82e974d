using SgdSim.Cli;

return await SgdSimCli.RunAsync(args, Console.Out, Console.Error);
