using System.CommandLine;
using Monitor.Classify;
using Monitor.Cli.Rendering;
using Monitor.Extract;
using Monitor.Fetch;

namespace Monitor.Cli.Analysis;

/// <summary><c>classify</c>: the classifier on one article, with the evidence behind every tag.</summary>
public static class ClassifyCommand
{
    public static Command Create(CliSettings settings)
    {
        var input = new Argument<string>("FILE|URL") { Description = "A local .txt (first line is the title) or .html file, or an http(s) URL to fetch." };
        var published = new Option<DateTimeOffset?>("--published")
        {
            Description = "The publication date (YYYY-MM-DD or ISO 8601); resolves relative dates such as 'on Tuesday'. Default: the page's own date.",
            CustomParser = CliOptions.ParseTimestamp,
        };
        var json = new Option<bool>("--json") { Description = "Print the classification as JSON." };
        var watch = new Option<string?>("--watch") { Description = "The watched country (a taxonomy id or name); default: the configured one." };
        var command = new Command("classify", "Classify one article and explain the result: relevance, event types, domains, partners, actors, people, date, place.")
        {
            input,
            published,
            json,
            watch,
        };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var value = context.GetValue(input).Trim();
            var extractor = context.Services.Get<ArticleExtractor>();
            var article = CliOptions.TryParseWebUrl(value) is { } url
                ? await ClassifyInput.FromUrlAsync(url, context.Services.Get<IPageFetcher>(), extractor, cancellationToken)
                : value.Contains("://", StringComparison.Ordinal)
                    ? throw new CliUsageException($"'{TerminalText.Clean(value, 200)}' is neither a local file nor an http(s) URL.")
                    : await ClassifyInput.FromFileAsync(new FileInfo(value), extractor, cancellationToken);

            var classifier = context.Services.Get<ArticleClassifier>();
            var classification = classifier.Classify(new ClassifyRequest(article.Title, article.Text)
            {
                Published = context.ParseResult.GetValue(published) ?? article.Published,
                Url = article.Url,
                Language = article.Language,
                WatchedCountry = context.GetValue(watch),
            });

            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(classification));
                return CliAction.Success;
            }

            await context.Output.WriteLineAsync($"Title:        {TerminalText.Clean(article.Title)}");
            new ClassificationWriter(classifier.Taxonomy).Write(context.Output, classification);
            await context.Output.FlushAsync(cancellationToken);
            return CliAction.Success;
        });
        return command;
    }
}
