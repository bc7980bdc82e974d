namespace SgdSim.IO;

/// <summary>
/// Writes a set of files into a folder all at once, so that a run that fails or is cancelled part-way leaves none of
/// them: the writers write into <see cref="Path"/>, a hidden folder inside the target, and <see cref="Commit"/> moves
/// every file into place (replacing older ones of the same name) with renames, which do not fail half-way through a
/// file. Disposing without committing removes the staged files, and the target too when this created it and it is
/// still empty.
/// </summary>
/// <example>
/// <code>
/// using (var staged = StagedFolder.Begin("results"))
/// {
///     table.Write(System.IO.Path.Combine(staged.Path, "predictions.parquet"), cancellation);
///     ThroughputPlot.Save(System.IO.Path.Combine(staged.Path, "throughput.png"), title, predictions);
///     staged.Commit();
/// }
/// </code>
/// </example>
public sealed class StagedFolder : IDisposable
{
    private readonly bool _createdTarget;
    private bool _committed;

    private StagedFolder(string target, string path, bool createdTarget)
    {
        Target = target;
        Path = path;
        _createdTarget = createdTarget;
    }

    /// <summary>The folder the files end up in.</summary>
    public string Target { get; }

    /// <summary>The hidden folder to write the files into (<c>.staging.&lt;process&gt;.&lt;guid&gt;.tmp</c> inside <see cref="Target"/>).</summary>
    public string Path { get; }

    /// <summary>Creates <paramref name="target"/> if it is missing, and the staging folder inside it.</summary>
    /// <exception cref="IOException">A folder cannot be created (a file of that name, a read-only parent, …).</exception>
    /// <exception cref="UnauthorizedAccessException">The target cannot be written.</exception>
    public static StagedFolder Begin(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var created = !Directory.Exists(target);
        Directory.CreateDirectory(target);
        // What a run killed before it committed left behind.
        AtomicFile.RemoveLeftovers(target, ".staging.", folders: true);
        var path = System.IO.Path.Combine(target, $".staging.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(path);
        }
        catch
        {
            RemoveIfEmpty(target, created);
            throw;
        }

        return new StagedFolder(target, path, created);
    }

    /// <summary>Moves every staged file, in its subfolder, into <see cref="Target"/>; the staging folder goes.</summary>
    /// <returns>The files now in place (their paths in <see cref="Target"/>), in ordinal order.</returns>
    /// <exception cref="IOException">A file cannot be moved into place; the message names it.</exception>
    public IReadOnlyList<string> Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var written = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList())
        {
            var destination = System.IO.Path.Combine(Target, System.IO.Path.GetRelativePath(Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            try
            {
                File.Move(file, destination, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"{destination}: cannot write it ({e.Message.TrimEnd('.')}).", e);
            }

            written.Add(destination);
        }

        _committed = true;
        Directory.Delete(Path, recursive: true);
        return written;
    }

    /// <summary>Without <see cref="Commit"/>: removes the staged files, and the target if this created it and it is empty.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        _committed = true;
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        RemoveIfEmpty(Target, _createdTarget);
    }

    private static void RemoveIfEmpty(string folder, bool created)
    {
        if (created && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
