using System.Text.Encodings.Web;
using System.Text.Json;

namespace Monitor.Extract.Batch;

/// <summary>
/// Writes a batch as ONE JSON object mapping page id to its fields, keys in ordinal order so that two runs over the
/// same archive produce byte-identical files.
/// </summary>
internal static class BatchJsonWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,

        // The output is a data file, never embedded in HTML: keep accented text and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(Stream output, BatchExtractionResult result, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(output, s_options);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            foreach (var page in result.Pages.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                WritePage(writer, page);
                if (writer.BytesPending > 64 * 1024)
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WritePage(Utf8JsonWriter writer, BatchPageResult page)
    {
        var article = page.Article;
        var failed = page.Failed;
        writer.WriteStartObject(page.Id);
        writer.WriteString("title", article.Title);

        // A page that could not be read gets an empty body, never partial or fallback text.
        writer.WriteString("articleBody", failed ? string.Empty : article.Text);
        WriteNullable(writer, "byline", article.Byline);
        if (article.Published is { } published)
            writer.WriteString("published", published);
        else
            writer.WriteNull("published");
        WriteNullable(writer, "language", article.Language);
        WriteNullable(writer, "canonicalUrl", article.CanonicalUrl?.AbsoluteUri);
        WriteNullable(writer, "leadImage", article.LeadImage?.AbsoluteUri);
        WriteNullable(writer, "excerpt", failed ? null : article.Excerpt);
        WriteNullable(writer, "error", failed ? article.Error ?? "The page could not be extracted." : null);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
            writer.WriteNull(name);
        else
            writer.WriteString(name, value);
    }
}
