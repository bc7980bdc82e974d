namespace SgdSim.IO;

/// <summary>The folder a workflow writes its files to, refused as a <see cref="Setting.OutputFolder"/> when it
/// cannot be made.</summary>
public static class OutputFolder
{
    /// <summary>Creates <paramref name="folder"/> (for files written one by one, each atomically, such as a sweep's
    /// table that grows as it runs).</summary>
    /// <exception cref="InvalidSettingException">The folder cannot be made; the message says why.</exception>
    public static void Create(string folder) => Refusing(folder, () => Directory.CreateDirectory(folder));

    /// <summary>Starts writing into <paramref name="folder"/> (see <see cref="StagedFolder"/>: nothing shows there
    /// until <see cref="StagedFolder.Commit"/>).</summary>
    /// <exception cref="InvalidSettingException">The folder cannot be made; the message says why.</exception>
    public static StagedFolder Stage(string folder) => Refusing(folder, () => StagedFolder.Begin(folder));

    private static T Refusing<T>(string folder, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidSettingException(Setting.OutputFolder, folder, $"cannot create the folder ({e.Message.TrimEnd('.')}).", e);
        }
    }
}
