using AngleSharp;
using AngleSharp.Html.Parser;
using Monitor.Extract.Html;
using SmartReader;

namespace Monitor.Extract;

/// <summary>
/// One synchronous readability pass with SmartReader over an in-memory page. The document is parsed here with a
/// browsing context that has no loaders, so nothing (images, stylesheets, frames) is ever downloaded, and the
/// article's images are never embedded.
/// </summary>
internal sealed class ReadabilityParser(ExtractionOptions options, ArticleSanitizer sanitizer)
{
    public ParsedPage Parse(Uri url, string html)
    {
        var context = BrowsingContext.New(Configuration.Default.WithCss());
        var document = new HtmlParser(new HtmlParserOptions(), context).ParseDocument(html);

        // The preflight scan estimates; the DOM is exact (it includes the elements the parser implies). Checked here
        // rather than by matching SmartReader's exception text, which is not a contract.
        var elementCount = document.All.Length;
        if (elementCount > options.MaxElemsToParse)
        {
            return new ParsedPage
            {
                Metadata = PageMetadata.Empty,
                Failure = new ExtractionFailure(
                    ExtractionErrorKind.TooManyElements,
                    $"The page has {elementCount} elements, more than {options.MaxElemsToParse}."),
            };
        }

        // SmartReader removes scripts (and with them JSON-LD) from the document, so metadata is read first.
        var metadata = PageMetadataReader.Read(document, url);

        using var reader = new Reader(url.AbsoluteUri, document)
        {
            MaxElemsToParse = options.MaxElemsToParse,
            Debug = false,
        };
        var article = reader.GetArticle();

        if (article.Errors.Count > 0)
        {
            var error = article.Errors[0];
            return new ParsedPage
            {
                Metadata = metadata,
                Failure = new ExtractionFailure(ExtractionErrorKind.ParseFailed, $"The readability parser failed: {error.Message}"),
            };
        }

        var cleanHtml = article.IsReadable ? sanitizer.Sanitize(article.Content ?? string.Empty, url) : string.Empty;
        var text = cleanHtml.Length == 0 ? string.Empty : PlainTextRenderer.Render(cleanHtml);
        return new ParsedPage
        {
            Metadata = metadata,
            Title = NullIfBlank(article.Title),
            Byline = NullIfBlank(article.Byline) ?? NullIfBlank(article.Author),
            Published = ToOffset(article.PublicationDate),
            Language = NullIfBlank(article.Language),
            Excerpt = NullIfBlank(article.Excerpt),
            Html = cleanHtml,
            Text = text,
            Failure = article.IsReadable && text.Length >= options.MinTextLength
                ? null
                : new ExtractionFailure(
                    ExtractionErrorKind.NotReadable,
                    $"The page holds no readable article ({text.Length} characters of text, {options.MinTextLength} needed)."),
        };
    }

    private static DateTimeOffset? ToOffset(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc)),
    };

    private static string? NullIfBlank(string? value)
    {
        var normalized = PlainTextRenderer.NormalizeWhitespace(value);
        return normalized.Length == 0 ? null : normalized;
    }
}
