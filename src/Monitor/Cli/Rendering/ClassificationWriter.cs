using Monitor.Classify;

namespace Monitor.Cli.Rendering;

/// <summary>A classification for people: each tag with its display name, confidence, and the sentence and rule behind it.</summary>
public sealed class ClassificationWriter(Taxonomy taxonomy)
{
    private const int MaxSentence = 400;

    public void Write(TextWriter output, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(classification);
        output.WriteLine($"Relevant:     {(classification.Relevant ? "yes" : "no")} (score {TerminalText.Number(classification.Score)})");
        output.WriteLine($"Mode:         {classification.Mode}");
        output.WriteLine($"Watched:      {taxonomy.DisplayName(classification.WatchedCountry)} ({classification.WatchedCountry})");
        output.WriteLine($"Language:     {classification.Language ?? "-"}");
        output.WriteLine($"Taxonomy:     {classification.TaxonomyVersion}");
        output.WriteLine($"Date:         {DateLine(classification.EventDate)}");
        output.WriteLine($"Place:        {PlaceLine(classification.Place)}");

        Section(output, "Event types", classification.EventTypes, t =>
        {
            var info = taxonomy.EventType(t.Id);
            var cameoName = info is null ? string.Empty : $" {info.CameoName}";
            return ($"{t.Id}  CAMEO {t.Cameo}{cameoName} / PLOVER {t.Plover}  ({TerminalText.Number(t.Confidence)})", t.Evidence);
        });
        Section(output, "Domains", classification.Domains, t => ($"{t.Id}  ({TerminalText.Number(t.Confidence)})", t.Evidence));
        Section(output, "Partners", classification.Partners, t => ($"{taxonomy.DisplayName(t.Id)} [{t.Id}]  ({TerminalText.Number(t.Confidence)})", t.Evidence));
        Section(output, "Actors", classification.WatchedActors, t => ($"{taxonomy.DisplayName(t.Id)} [{t.Id}]  ({TerminalText.Number(t.Confidence)})", t.Evidence));
        Section(output, "People", classification.People, p => (PersonLine(p), [p.Evidence]));
        if (classification.EventDate is { } date)
        {
            Section(output, "Date evidence", [date], d => (TerminalText.Date(d.Date), [d.Evidence]));
        }

        if (classification.Place is { } place)
        {
            Section(output, "Place evidence", [place], p => (TerminalText.Clean(p.Name), [p.Evidence]));
        }
    }

    private static void Section<T>(TextWriter output, string heading, IReadOnlyList<T> items, Func<T, (string Line, IReadOnlyList<Evidence> Evidence)> describe)
    {
        output.WriteLine();
        output.WriteLine($"{heading}:{(items.Count == 0 ? " none" : string.Empty)}");
        foreach (var item in items)
        {
            var (line, evidence) = describe(item);
            output.WriteLine($"  - {line}");
            foreach (var e in evidence)
            {
                var where = e.InTitle ? "title" : $"text at char {e.Start}";
                output.WriteLine($"      rule {e.Rule} ({where}): \"{TerminalText.Clean(e.Sentence, MaxSentence)}\"");
            }
        }
    }

    private string PersonLine(PersonMention person)
    {
        var affiliation = person.Affiliation is { Length: > 0 } id && taxonomy.DisplayName(id) is var name && name != id ? $"{name} [{id}]" : person.Affiliation;
        var role = string.Join(", ", new[] { person.Title, affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => TerminalText.Clean(s)));
        return $"{TerminalText.Clean(person.Name)}{(role.Length > 0 ? " — " + role : string.Empty)}  key {person.Key}  ({TerminalText.Number(person.Confidence)})";
    }

    private static string DateLine(DateTag? date) =>
        date is null ? "-" : $"{TerminalText.Date(date.Date)} ({TerminalText.Number(date.Confidence)})";

    private static string PlaceLine(PlaceTag? place) =>
        place is null ? "-" : $"{TerminalText.Clean(place.Name)} ({TerminalText.Number(place.Confidence)})";
}
