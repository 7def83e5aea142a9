using System.Runtime.CompilerServices;

namespace Monitor.Tests.Hosting.Support;

internal static class TestPaths
{
    public static string TestHostJson => Path.Combine(AppContext.BaseDirectory, "TestData", "Hosting", "host.json");

    /// <summary>The repository root: the folder holding Monitor.sln above this source file.</summary>
    public static string RepositoryRoot => FindRoot();

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new FileInfo(sourceFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Monitor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Monitor.sln not found above the test sources.");
    }
}
