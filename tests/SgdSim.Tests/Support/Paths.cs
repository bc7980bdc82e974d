namespace SgdSim.Tests.Support;

/// <summary>Where the repository and the shared (not committed) data sets are.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared folder beside the checkout (<c>../shared</c>), which CI machines may lack.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string SharedPath(string relative) => Path.Combine(Shared, relative);

    /// <summary>The bundled PyTorch trace, <c>traces/pytorch-rpc-mlp</c>.</summary>
    public static string BundledMlp => Path.Combine(RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SgdSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SgdSim.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that is skipped when a path under <c>../shared</c> is absent.</summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relative)
    {
        if (!Path.Exists(Paths.SharedPath(relative)))
        {
            Skip = $"../shared/{relative} is not present on this machine.";
        }
    }
}

/// <summary>A theory that is skipped when a path under <c>../shared</c> is absent.</summary>
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string relative)
    {
        if (!Path.Exists(Paths.SharedPath(relative)))
        {
            Skip = $"../shared/{relative} is not present on this machine.";
        }
    }
}

/// <summary>A fresh temporary folder, removed on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sgdsim-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
