using System.Globalization;
using System.Text.Json;

namespace Monitor.Evaluation.Corpus;

/// <summary>Reads a labelled corpus: JSON Lines, one article per line, blank lines ignored.</summary>
public static class CorpusReader
{
    public static async Task<IReadOnlyList<CorpusArticle>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return await ReadAsync(reader, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<CorpusArticle>> ReadAsync(TextReader reader, string source = "corpus", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<CorpusArticle>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = ParseLine(line, source, lineNumber);
            if (!firstLineOfId.TryAdd(article.Id, lineNumber))
            {
                throw new CorpusFormatException(source, lineNumber, $"id \"{article.Id}\" already used on line {firstLineOfId[article.Id]}");
            }

            articles.Add(article);
        }

        return articles;
    }

    public static CorpusArticle ParseLine(string line, string source, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new CorpusFormatException(source, lineNumber, $"not valid JSON ({ex.Message})", ex);
        }

        using (document)
        {
            var fields = new LineFields(document.RootElement, source, lineNumber);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw fields.Error("a line must be a JSON object");
            }

            var text = fields.OptionalString("text");
            var html = fields.OptionalString("html");
            if (text is null && html is null)
            {
                throw fields.Error("either \"text\" or \"html\" is required");
            }

            return new CorpusArticle
            {
                Id = fields.RequiredString("id"),
                LineNumber = lineNumber,
                Url = ParseUrl(fields),
                Title = fields.OptionalString("title") ?? string.Empty,
                Published = ParsePublished(fields),
                Text = text,
                Html = html,
                Watch = fields.OptionalString("watch"),
                Labels = ParseLabels(fields),
            };
        }
    }

    private static Uri? ParseUrl(LineFields fields)
    {
        var url = fields.OptionalString("url");
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw fields.Error($"\"url\" is not an absolute URL: {url}");
    }

    private static DateTimeOffset? ParsePublished(LineFields fields)
    {
        var published = fields.OptionalString("published");
        if (string.IsNullOrWhiteSpace(published))
        {
            return null;
        }

        return DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw fields.Error($"\"published\" is not a date: {published}");
    }

    private static GoldLabels ParseLabels(LineFields fields)
    {
        var labels = fields.RequiredObject("labels");
        return new GoldLabels
        {
            Relevant = labels.RequiredBool("relevant"),
            EventTypes = labels.StringList("eventTypes"),
            Domains = labels.StringList("domains"),
            Partners = labels.StringList("partners"),
            LibyanActors = labels.StringList("libyanActors"),
            EventKey = labels.OptionalString("eventKey") is { Length: > 0 } key ? key : null,
            Opinion = labels.OptionalBool("opinion") ?? false,
        };
    }
}
