using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Monitor.Classify;

namespace Monitor.Events;

/// <summary>Puts each report into the event it describes: joins the best matching stored event or starts a new one.</summary>
/// <remarks>
/// Candidates come only from <see cref="IEventIndex.FindCandidatesAsync"/> (date window and partners), never from a scan.
/// Saves use optimistic concurrency; on a conflict the candidates are read again and the decision is made anew.
/// A new event's id derives from its first report, so a report delivered twice cannot start two events.
/// </remarks>
public sealed class EventGrouper
{
    private readonly IEventIndex _index;
    private readonly EventGroupingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Func<string, string> _displayName;
    private readonly Func<string, string?> _parentOf;
    private readonly EventMatcher _matcher;

    /// <param name="displayName">Human name for a country, partner or actor id (the taxonomy's); the id itself when null.</param>
    /// <param name="parentOf">Parent of a partner id; <see cref="PartnerHierarchy.ParentByConvention"/> when null.</param>
    public EventGrouper(
        IEventIndex index,
        EventGroupingOptions options,
        TimeProvider timeProvider,
        Func<string, string>? displayName = null,
        Func<string, string?>? parentOf = null)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _displayName = displayName ?? (id => id);
        _parentOf = parentOf ?? PartnerHierarchy.ParentByConvention;
        _matcher = new EventMatcher(options);
    }

    /// <summary>Display names and partner parents from the taxonomy: the usual way to build a grouper.</summary>
    public EventGrouper(IEventIndex index, EventGroupingOptions options, TimeProvider timeProvider, Taxonomy taxonomy)
        : this(index, options, timeProvider, NotNull(taxonomy).DisplayName, taxonomy.ParentOf)
    {
    }

    public async Task<EventAssignment> AssignAsync(EventReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var classification = report.Classification;
        if (!classification.Relevant)
        {
            return EventAssignment.Skipped("not relevant");
        }

        if (classification.Mode == ReportMode.Opinion)
        {
            return EventAssignment.Skipped("opinion or analysis, not a report of one event");
        }

        if (classification.Partners.Count == 0)
        {
            return EventAssignment.Skipped("no partner named");
        }

        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var held = await _index.LockAsync(report.Classification.WatchedCountry, cancellationToken).ConfigureAwait(false);
                await using (held.ConfigureAwait(false))
                {
                    return await AssignOnceAsync(report, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (EventConcurrencyException) when (attempt < _options.MaxConcurrencyRetries)
            {
                // Another writer changed a candidate (or created the same event) first: decide again on fresh data.
            }
        }
    }

    private async Task<EventAssignment> AssignOnceAsync(EventReport report, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var signature = EventSignature.FromReport(report, _parentOf, now, _options);
        var query = new EventCandidateQuery(
            signature.WatchedCountry,
            signature.Date.AddDays(-_options.InferredWindowDays),
            signature.Date.AddDays(_options.InferredWindowDays),
            signature.Partners.Order(StringComparer.Ordinal).ToList());
        var candidates = await _index.FindCandidatesAsync(query, cancellationToken).ConfigureAwait(false);

        var existing = candidates.FirstOrDefault(c => c.Sources.Any(s => string.Equals(s.ArticleId, report.ArticleId, StringComparison.Ordinal)));
        if (existing is not null)
        {
            return new EventAssignment(existing, EventAssignmentOutcome.AlreadyPresent);
        }

        var best = candidates
            .Select(c => (Event: c, Similarity: _matcher.Compare(signature, EventSignature.FromEvent(c, _parentOf, now))))
            .Where(m => m.Similarity.VetoReason is null && m.Similarity.Score >= _options.MergeThreshold)
            .OrderByDescending(m => m.Similarity.Score)
            .ThenBy(m => m.Event.Id, StringComparer.Ordinal)
            .FirstOrDefault();

        if (best.Event is not null)
        {
            var merged = Merge(best.Event, report, signature, now);
            await _index.SaveAsync(merged, best.Event.Version, cancellationToken).ConfigureAwait(false);
            return new EventAssignment(merged, EventAssignmentOutcome.Merged) { Similarity = best.Similarity };
        }

        var created = Create(report, signature, now);
        await _index.SaveAsync(created, expectedVersion: 0, cancellationToken).ConfigureAwait(false);
        return new EventAssignment(created, EventAssignmentOutcome.Created);
    }

    private CooperationEvent Create(EventReport report, EventSignature signature, DateTimeOffset now)
    {
        var created = new CooperationEvent
        {
            Id = EventIdFor(report, signature),
            Summary = string.Empty,
            WatchedCountry = signature.WatchedCountry,
            Types = OrderedUnion([], report.Classification.EventTypes.Select(t => t.Id)),
            Domains = OrderedUnion([], report.Classification.Domains.Select(t => t.Id)),
            Partners = OrderedUnion([], PartnerHierarchy.WithParents(report.Classification.Partners.Select(t => t.Id), _parentOf)),
            Actors = OrderedUnion([], signature.Actors),
            People = OrderedUnion([], signature.People),
            Date = signature.Date,
            DateConfidence = signature.DateConfidence,
            DateInferred = signature.DateInferred,
            Place = signature.Place,
            PlaceConfidence = signature.PlaceConfidence,
            Sources = [SourceOf(report)],
            FirstSeen = now,
            LastUpdated = now,
            Version = 1,
        };
        return created with { Summary = EventSummary.Build(created, _displayName, _parentOf) };
    }

    private CooperationEvent Merge(CooperationEvent current, EventReport report, EventSignature signature, DateTimeOffset now)
    {
        var merged = current with
        {
            Types = OrderedUnion(current.Types, report.Classification.EventTypes.Select(t => t.Id)),
            Domains = OrderedUnion(current.Domains, report.Classification.Domains.Select(t => t.Id)),
            Partners = OrderedUnion(current.Partners, PartnerHierarchy.WithParents(report.Classification.Partners.Select(t => t.Id), _parentOf)),
            Actors = OrderedUnion(current.Actors, signature.Actors),
            People = OrderedUnion(current.People, signature.People),
            Sources = [.. current.Sources, SourceOf(report)],
            LastUpdated = now,
            Version = current.Version + 1,
        };

        if (IsBetterDate(signature, current))
        {
            merged = merged with { Date = signature.Date, DateConfidence = signature.DateConfidence, DateInferred = signature.DateInferred };
        }

        if (signature.Place is not null && (current.Place is null || signature.PlaceConfidence > current.PlaceConfidence))
        {
            merged = merged with { Place = signature.Place, PlaceConfidence = signature.PlaceConfidence };
        }

        return merged with { Summary = EventSummary.Build(merged, _displayName, _parentOf) };
    }

    /// <summary>A date read from the text beats an inferred one; among inferred dates the earliest publication wins.</summary>
    private static bool IsBetterDate(EventSignature report, CooperationEvent current)
    {
        if (current.Date is not { } currentDate)
        {
            return true;
        }

        if (report.DateInferred != current.DateInferred)
        {
            return current.DateInferred;
        }

        if (report.DateInferred)
        {
            return report.Date < currentDate;
        }

        return report.DateConfidence > current.DateConfidence;
    }

    private static Taxonomy NotNull(Taxonomy taxonomy) => taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));

    private static EventSource SourceOf(EventReport report) =>
        new(report.ArticleId, report.Url, report.Outlet ?? report.Url?.Host, report.Title, report.Published);

    private static List<string> OrderedUnion(IEnumerable<string> first, IEnumerable<string> second)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return first.Concat(second).Where(seen.Add).ToList();
    }

    /// <summary>Deterministic: the same first report always yields the same id, so a repeated delivery collides instead of duplicating.</summary>
    private static string EventIdFor(EventReport report, EventSignature signature)
    {
        var firstPartner = signature.Partners.Order(StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
        var material = string.Join(
            '\n',
            signature.WatchedCountry,
            signature.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            firstPartner,
            report.ArticleId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return "evt-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
