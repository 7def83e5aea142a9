namespace Monitor.Extract;

/// <summary>Limits that keep one hostile page from costing more than a bounded amount of time and memory.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>
    /// Pages larger than this (UTF-8 bytes) are refused, not truncated: a truncated page yields a partial article that
    /// looks complete to the classifier, while a refusal is recorded and falls back to the feed's own content.
    /// </summary>
    public int MaxInputBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Element budget, checked by a cheap scan before parsing and again by SmartReader itself.</summary>
    public int MaxElemsToParse { get; set; } = 20_000;

    /// <summary>Deeper pages are refused before parsing, so recursive DOM code never approaches the stack limit.</summary>
    public int MaxNestingDepth { get; set; } = 512;

    /// <summary>Time budget for one parse (SmartReader ignores cancellation, so a watchdog enforces it).</summary>
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Below this many characters of plain text the page is treated as unreadable.</summary>
    public int MinTextLength { get; set; } = 200;

    /// <summary>Longest excerpt derived from the text when the page declares none.</summary>
    public int MaxExcerptLength { get; set; } = 300;
}
