using Monitor.Extract;
using Monitor.Fetch;

namespace Monitor.Cli.Analysis;

/// <summary>An article to classify from the command line, read from a local file or fetched from the web.</summary>
public sealed record ClassifyInput(string Title, string Text, DateTimeOffset? Published, Uri? Url, string? Language)
{
    /// <summary>Pages read from disk carry no address; relative links resolve against this.</summary>
    private static readonly Uri s_localBase = new("https://local.invalid/");

    /// <summary>
    /// A .txt file is its first non-blank line as the title and the rest as the text; any other file is taken as HTML
    /// and goes through the extractor like a fetched page.
    /// </summary>
    public static async Task<ClassifyInput> FromFileAsync(FileInfo file, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(extractor);
        if (!file.Exists)
        {
            throw new CliUsageException($"File not found: {file.FullName}");
        }

        var content = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        if (file.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            var lines = content.ReplaceLineEndings("\n").Split('\n');
            var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
            return titleIndex < 0
                ? throw new CliUsageException($"{file.Name} is empty.")
                : new ClassifyInput(lines[titleIndex].Trim(), string.Join('\n', lines.Skip(titleIndex + 1)).Trim(), null, null, null);
        }

        return await ExtractAsync(extractor, new Uri(s_localBase, Uri.EscapeDataString(file.Name)), content, url: null, cancellationToken);
    }

    public static async Task<ClassifyInput> FromUrlAsync(Uri url, IPageFetcher fetcher, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(extractor);
        var response = await fetcher.FetchAsync(new FetchRequest(url) { Purpose = FetchPurpose.Page }, cancellationToken);
        if (response.Outcome != FetchOutcome.Ok)
        {
            var reason = response.Error is { } error ? $"{error.Kind}: {error.Message}" : $"{response.Outcome} (HTTP {response.StatusCode})";
            throw new CliUsageException($"Could not fetch {url.AbsoluteUri}: {reason}");
        }

        return await ExtractAsync(extractor, response.FinalUrl, response.DecodeText(isXml: false), url, cancellationToken);
    }

    private static async Task<ClassifyInput> ExtractAsync(ArticleExtractor extractor, Uri pageUrl, string html, Uri? url, CancellationToken cancellationToken)
    {
        var extracted = await extractor.ExtractAsync(new ExtractRequest(pageUrl, html), cancellationToken);
        if (extracted.Source == ExtractionSource.None)
        {
            throw new CliUsageException($"No article text could be extracted: {extracted.Error}");
        }

        return new ClassifyInput(extracted.Title, extracted.Text, extracted.Published, url ?? extracted.CanonicalUrl, extracted.Language);
    }
}
