namespace Monitor.Demo;

/// <summary>Settings of one demo run (the <c>demo</c> verb's options).</summary>
public sealed record DemoOptions
{
    /// <summary>Storage to use; else an Azurite is started for the run.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Keep the Azurite started for the run (and its data folder) after the demo ends.</summary>
    public bool Keep { get; init; }

    /// <summary>Plain lines instead of the live display, no colours.</summary>
    public bool NoColor { get; init; }

    /// <summary>Prefix of the table and container names, to keep the demo's data apart in a shared account.</summary>
    public string? StoragePrefix { get; init; }

    /// <summary>The sample site's folder; default: Demo/SampleSite next to the executable.</summary>
    public string? SiteDirectory { get; init; }
}
