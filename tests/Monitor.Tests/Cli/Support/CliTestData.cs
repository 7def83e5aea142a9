namespace Monitor.Tests.Cli.Support;

/// <summary>Paths of the CLI fixtures under TestData/Cli (copied to the output folder).</summary>
public static class CliTestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", "Cli", .. parts]);

    /// <summary>An empty directory of its own under the temp folder, for files a verb writes.</summary>
    public static string NewTempDirectory()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "monitor-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        return directory;
    }
}
