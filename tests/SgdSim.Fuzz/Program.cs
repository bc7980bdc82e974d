using SgdSim.Fuzz;

// sgdsim-fuzz TARGET             run TARGET under AFL++ (or once on stdin without it)
// sgdsim-fuzz TARGET FILE...     run TARGET once on each FILE, to replay what AFL++ found
// sgdsim-fuzz seeds TARGET DIR   write TARGET's small valid inputs into DIR
// sgdsim-fuzz list               the targets
if (args is ["list"])
{
    foreach (var name in Targets.Names)
    {
        Console.WriteLine(name);
    }

    return 0;
}

if (args is ["seeds", var seedTarget, var folder])
{
    Directory.CreateDirectory(folder);
    var written = Seeds.Write(Targets.Get(seedTarget), folder);
    Console.WriteLine($"{written} seeds for {seedTarget} in {folder}");
    return 0;
}

if (args is [var targetName, .. var files] && Targets.Names.Contains(targetName))
{
    var target = Targets.Get(targetName);
    if (files.Length > 0)
    {
        return Replay.Run(target, files);
    }

    SharpFuzz.Fuzzer.OutOfProcess.Run(target.Run);
    return 0;
}

Console.Error.WriteLine($"usage: SgdSim.Fuzz TARGET [FILE...] | seeds TARGET DIR | list (targets: {string.Join(", ", Targets.Names)})");
return 2;
