namespace Monitor.Hosting.HostJson;

/// <summary>
/// Finds host.json: an explicit path, else the current directory (the repository root or the deployed
/// app root), else beside the executable, else the copy embedded in the executable at build time.
/// </summary>
public static class HostJsonLocator
{
    public const string FileName = "host.json";

    private const string EmbeddedResourceName = "Monitor.host.json";

    public static (string Text, string Source) Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? (File.ReadAllText(explicitPath), Path.GetFullPath(explicitPath))
                : throw new HostJsonException($"host.json not found at '{explicitPath}'.");
        }

        foreach (var directory in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return (File.ReadAllText(candidate), Path.GetFullPath(candidate));
            }
        }

        return (ReadEmbedded(), "embedded host.json");
    }

    /// <summary>The host.json compiled into the executable.</summary>
    public static string ReadEmbedded()
    {
        using var stream = typeof(HostJsonLocator).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new HostJsonException("No host.json found and none is embedded in the executable.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
