using System.Reflection;
using Monitor.Feeds.Opml;

namespace Monitor.Feeds;

/// <summary>The feed list a new installation starts with, kept as data in default-feeds.opml (embedded).</summary>
public static class DefaultFeeds
{
    /// <summary>Resource name of the embedded OPML (set by LogicalName in the project file).</summary>
    public const string ResourceName = "Monitor.Feeds.DefaultFeeds.default-feeds.opml";

    /// <summary>The OPML text exactly as shipped.</summary>
    public static string ReadOpml()
    {
        using var stream = typeof(DefaultFeeds).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The default feeds, in file order.</summary>
    public static IReadOnlyList<OpmlFeed> Load() => OpmlDocument.Parse(ReadOpml());
}
