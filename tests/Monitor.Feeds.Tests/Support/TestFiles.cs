namespace Monitor.Feeds.Tests.Support;

/// <summary>Reads fixtures from the TestData folder copied next to the test assembly.</summary>
public static class TestFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static byte[] ReadBytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
