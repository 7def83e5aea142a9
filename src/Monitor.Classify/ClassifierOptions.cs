namespace Monitor.Classify;

/// <summary>Classifier settings (configuration section "Classify").</summary>
public sealed class ClassifierOptions
{
    public const string SectionName = "Classify";

    /// <summary>Path of a taxonomy JSON file replacing the embedded one; null uses the embedded taxonomy.</summary>
    public string? TaxonomyPath { get; set; }

    /// <summary>Score (0..1) from which an article is relevant, once the required evidence is there.</summary>
    public double RelevanceThreshold { get; set; } = 0.5;

    /// <summary>Only this many characters of the text are analysed: events are reported at the top, footers follow.</summary>
    public int MaxTextChars { get; set; } = 40_000;
}
