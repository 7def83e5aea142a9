using System.Globalization;
using System.Text;
using System.Text.Json;
using Monitor.Evaluation.Metrics;

namespace Monitor.Evaluation;

/// <summary>The scores of one eval run, plus per-article diagnostics for people.</summary>
public sealed record EvaluationReport
{
    public required int Documents { get; init; }

    public required PrecisionRecallF1 Relevance { get; init; }

    public required LabelScores EventTypes { get; init; }

    public required LabelScores Domains { get; init; }

    /// <summary>Micro scores over (article, partner id) pairs; see <see cref="CorpusEvaluator"/> for how parents count.</summary>
    public required PrecisionRecallF1 Partners { get; init; }

    public required PrecisionRecallF1 Clustering { get; init; }

    /// <summary>Accuracy of the opinion flag over gold-relevant articles; 1 when there are none.</summary>
    public required double OpinionAccuracy { get; init; }

    public IReadOnlyList<ArticleDiagnostics> Articles { get; init; } = [];

    /// <summary>Summaries of the predicted events, in the order they were created.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>Exactly the object of the eval contract, on one line, numbers rounded to 4 decimals.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", Documents);
            WriteObject(json, "relevance", ("precision", Relevance.Precision), ("recall", Relevance.Recall), ("f1", Relevance.F1));
            WriteObject(json, "eventTypes", ("microF1", EventTypes.MicroF1), ("macroF1", EventTypes.MacroF1));
            WriteObject(json, "domains", ("microF1", Domains.MicroF1), ("macroF1", Domains.MacroF1));
            WriteObject(json, "partners", ("precision", Partners.Precision), ("recall", Partners.Recall), ("f1", Partners.F1));
            WriteObject(
                json,
                "clustering",
                ("pairwisePrecision", Clustering.Precision),
                ("pairwiseRecall", Clustering.Recall),
                ("pairwiseF1", Clustering.F1));
            WriteObject(json, "opinion", ("accuracy", OpinionAccuracy));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A readable report: the scores, then each article that was not perfect and what went wrong.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"documents   {Documents}");
        text.AppendLine(c, $"relevance   P {Relevance.Precision:0.0000}  R {Relevance.Recall:0.0000}  F1 {Relevance.F1:0.0000}");
        text.AppendLine(c, $"eventTypes  micro-F1 {EventTypes.MicroF1:0.0000}  macro-F1 {EventTypes.MacroF1:0.0000}");
        text.AppendLine(c, $"domains     micro-F1 {Domains.MicroF1:0.0000}  macro-F1 {Domains.MacroF1:0.0000}");
        text.AppendLine(c, $"partners    P {Partners.Precision:0.0000}  R {Partners.Recall:0.0000}  F1 {Partners.F1:0.0000}");
        text.AppendLine(c, $"clustering  P {Clustering.Precision:0.0000}  R {Clustering.Recall:0.0000}  F1 {Clustering.F1:0.0000}");
        text.AppendLine(c, $"opinion     accuracy {OpinionAccuracy:0.0000}");
        AppendPerLabel(text, "event types", EventTypes);
        AppendPerLabel(text, "domains", Domains);

        foreach (var article in Articles.Where(a => !a.IsPerfect))
        {
            text.AppendLine();
            text.AppendLine(c, $"[{article.Id}] line {article.LineNumber}: {article.Title}");
            if (article.GoldRelevant != article.PredictedRelevant)
            {
                text.AppendLine(c, $"  relevant: gold {article.GoldRelevant}, predicted {article.PredictedRelevant} (score {article.Score:0.00})");
            }

            AppendDifference(text, "event types", article.MissedEventTypes, article.ExtraEventTypes);
            AppendDifference(text, "domains", article.MissedDomains, article.ExtraDomains);
            AppendDifference(text, "partners", article.MissedPartners, article.ExtraPartners);
            if (article.GoldRelevant && article.GoldOpinion != article.PredictedOpinion)
            {
                text.AppendLine(c, $"  opinion: gold {article.GoldOpinion}, predicted {article.PredictedOpinion}");
            }

            text.AppendLine(c, $"  event: gold {article.GoldEventKey ?? "-"}, predicted {article.PredictedEventId ?? "-"} ({article.Grouping})");
        }

        if (Events.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(c, $"{Events.Count} predicted events:");
            foreach (var summary in Events)
            {
                text.AppendLine(c, $"  - {summary}");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// One row per label, most frequent in gold first: a micro score hides which label drags it down, and whether the
    /// classifier misses a label (low recall) or reads it into articles about something else (low precision).
    /// </summary>
    private static void AppendPerLabel(StringBuilder text, string field, LabelScores scores)
    {
        if (scores.Counts.Count == 0)
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var width = Math.Max(field.Length, scores.Counts.Keys.Max(label => label.Length)) + 2;
        text.AppendLine();
        text.AppendLine(c, $"{field.PadRight(width)} gold  pred    P       R       F1");
        foreach (var (label, counts) in scores.Counts.OrderByDescending(kv => kv.Value.Gold).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var score = scores.PerLabel[label];
            text.AppendLine(
                c,
                $"  {label.PadRight(width - 2)} {counts.Gold,4}  {counts.Predicted,4}  {score.Precision:0.0000}  {score.Recall:0.0000}  {score.F1:0.0000}");
        }
    }

    private static void AppendDifference(StringBuilder text, string field, IReadOnlyList<string> missed, IReadOnlyList<string> extra)
    {
        if (missed.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {field} missed: {string.Join(", ", missed)}");
        }

        if (extra.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {field} extra: {string.Join(", ", extra)}");
        }
    }

    private static void WriteObject(Utf8JsonWriter json, string name, params (string Name, double Value)[] members)
    {
        json.WriteStartObject(name);
        foreach (var (member, value) in members)
        {
            json.WriteNumber(member, Math.Round(value, 4, MidpointRounding.AwayFromZero));
        }

        json.WriteEndObject();
    }
}
