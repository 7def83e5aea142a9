using System.ComponentModel.DataAnnotations;

namespace Monitor.Events;

/// <summary>How eagerly reports are merged into one event. Bound from configuration section "Events".</summary>
public sealed class EventGroupingOptions
{
    public const string SectionName = "Events";

    /// <summary>A report joins the best candidate whose similarity reaches this score (0..1).</summary>
    [Range(0.0, 1.0)]
    public double MergeThreshold { get; set; } = 0.6;

    /// <summary>Largest day distance between two dates both read from article text (a signing and its coverage).</summary>
    [Range(0, 60)]
    public int DatedWindowDays { get; set; } = 3;

    /// <summary>
    /// Largest day distance when either date was inferred from publication: outlets report days after the fact.
    /// Also the half-width of the candidate query, since a stored event's date may itself be inferred.
    /// </summary>
    [Range(0, 90)]
    public int InferredWindowDays { get; set; } = 10;

    /// <summary>
    /// An event date the classifier reports with less confidence than this is treated as inferred: the classifier falls
    /// back to the publication date, with low confidence, when the text names no date.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinTextDateConfidence { get; set; } = 0.5;

    /// <summary>Confidence given to a date taken from the publication date instead of the text.</summary>
    [Range(0.0, 1.0)]
    public double PublicationDateConfidence { get; set; } = 0.4;

    /// <summary>How often an assignment is retried when another writer changed the event first.</summary>
    [Range(0, 100)]
    public int MaxConcurrencyRetries { get; set; } = 5;
}
