namespace Monitor.Events;

/// <summary>Scores how likely a report describes a given event (0..1).</summary>
/// <remarks>
/// Hard limits first: the same watched country, at least one shared partner (with parents), dates within the window.
/// Then a weighted sum where a feature missing on either side counts as neutral (0.5) so a terse report is not
/// punished for what it leaves out. Types that cannot describe one event scale the total down.
/// </remarks>
public sealed class EventMatcher(EventGroupingOptions options)
{
    private const double WeightPartners = 0.25;
    private const double WeightDate = 0.25;
    private const double WeightType = 0.20;
    private const double WeightTitle = 0.10;
    private const double WeightPeople = 0.10;
    private const double WeightPlace = 0.05;
    private const double WeightDomains = 0.05;
    private const double Neutral = 0.5;
    private const double IncompatibleTypesFactor = 0.6;

    private readonly EventGroupingOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public EventSimilarity Compare(EventSignature report, EventSignature candidate)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidate);

        if (!string.Equals(report.WatchedCountry, candidate.WatchedCountry, StringComparison.Ordinal))
        {
            return EventSimilarity.Vetoed("different watched country");
        }

        var sharedPartners = report.Partners.Count(candidate.Partners.Contains);
        if (sharedPartners == 0)
        {
            return EventSimilarity.Vetoed("no shared partner");
        }

        var days = Math.Abs(report.Date.DayNumber - candidate.Date.DayNumber);
        var window = report.DateInferred || candidate.DateInferred ? _options.InferredWindowDays : _options.DatedWindowDays;
        if (days > window)
        {
            return EventSimilarity.Vetoed($"dates {days} days apart (window {window})");
        }

        // Overlap coefficient, not Jaccard: one outlet names only the lead partner, another lists all of them.
        var partners = (double)sharedPartners / Math.Min(report.Partners.Count, candidate.Partners.Count);
        var date = window == 0 ? 1 : 1 - (0.5 * days / window);
        var typeCompatibility = EventTypeCompatibility.Best(report.Types, candidate.Types);
        var type = typeCompatibility ?? Neutral;
        var title = report.Title.Similarity(candidate.Title);
        var people = report.People.Count == 0 || candidate.People.Count == 0
            ? Neutral
            : report.People.Overlaps(candidate.People) ? 1 : 0.2;
        var place = report.PlaceKey is null || candidate.PlaceKey is null
            ? Neutral
            : string.Equals(report.PlaceKey, candidate.PlaceKey, StringComparison.Ordinal) ? 1 : 0;
        var domains = report.Domains.Count == 0 || candidate.Domains.Count == 0
            ? Neutral
            : TitleTokens.Jaccard(report.Domains, candidate.Domains);

        var score = (WeightPartners * partners) + (WeightDate * date) + (WeightType * type) + (WeightTitle * title)
            + (WeightPeople * people) + (WeightPlace * place) + (WeightDomains * domains);
        if (typeCompatibility == 0)
        {
            score *= IncompatibleTypesFactor;
        }

        return new EventSimilarity(score, partners, date, type, title, people, place, domains, VetoReason: null);
    }
}
