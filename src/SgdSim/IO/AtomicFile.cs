using System.Diagnostics;
using System.Globalization;

namespace SgdSim.IO;

/// <summary>
/// Writes a file so that readers never see it half-written: the content goes to a temporary file beside it,
/// which is renamed over the target only once complete; on failure or cancellation the temporary file is removed.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through a text writer.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        write(writer);
    });

    /// <summary>Writes <paramref name="path"/> through a stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new IOException($"{path}: cannot write it, the folder {directory} does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new IOException($"{path}: cannot write it ({e.Message.TrimEnd('.')}).", e);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Removes the temporary files (<c>.NAME.&lt;process&gt;.&lt;guid&gt;.tmp</c>) that a process killed while writing
    /// <paramref name="path"/> left beside it. Those of a process still running are its own and stay.
    /// </summary>
    public static void RemoveLeftovers(string path)
    {
        var full = Path.GetFullPath(path);
        RemoveLeftovers(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.", folders: false);
    }

    /// <summary>Removes the files (or <paramref name="folders"/>) in <paramref name="directory"/> named
    /// <c>PREFIX&lt;process&gt;.&lt;guid&gt;.tmp</c> whose process is no longer running.</summary>
    internal static void RemoveLeftovers(string directory, string prefix, bool folders)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var pattern = prefix + "*.tmp";
        var entries = folders ? Directory.EnumerateDirectories(directory, pattern) : Directory.EnumerateFiles(directory, pattern);
        foreach (var entry in entries.ToList())
        {
            var name = Path.GetFileName(entry);
            if (name[prefix.Length..^".tmp".Length].Split('.') is [var process, var guid]
                && int.TryParse(process, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && Guid.TryParseExact(guid, "N", out _)
                && !IsRunning(id))
            {
                try
                {
                    if (folders)
                    {
                        Directory.Delete(entry, recursive: true);
                    }
                    else
                    {
                        File.Delete(entry);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run got there first, or the folder is read-only: the leftover does no harm.
                }
            }
        }
    }

    private static bool IsRunning(int process)
    {
        if (process == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var found = Process.GetProcessById(process);
            return !found.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
