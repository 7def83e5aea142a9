using System.CommandLine;
using Monitor.Classify;
using Monitor.Cli.Rendering;
using Monitor.Store.Articles;
using Spectre.Console;

namespace Monitor.Cli.Storage;

/// <summary><c>articles list|show</c>: what the pipeline stored and how it classified it.</summary>
public static class ArticlesCommand
{
    /// <summary>How far back <c>--relevant</c> looks for relevant articles to fill <c>--take</c>.</summary>
    private const int RelevantScanLimit = 5_000;

    private const int ExcerptChars = 1_200;

    public static Command Create(CliSettings settings)
    {
        var connection = CliOptions.ConnectionString();
        var command = new Command("articles", "Browse the stored articles.") { connection };
        command.Subcommands.Add(List(settings, connection));
        command.Subcommands.Add(Show(settings, connection));
        return command;
    }

    private static Command List(CliSettings settings, Option<string?> connection)
    {
        var day = new Option<DateOnly?>("--day") { Description = "Only articles filed on this day (UTC), YYYY-MM-DD.", CustomParser = CliOptions.ParseDay };
        var days = CliOptions.Count("--days", 7, "Articles of the last N days, today included (ignored with --day).");
        var take = CliOptions.Count("--take", 50, "At most N articles.");
        var relevant = new Option<bool>("--relevant") { Description = "Only articles classified as relevant." };
        var json = CliOptions.Json("the articles");
        var command = new Command("list", "List stored articles, newest first.") { day, days, take, relevant, json };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var store = await context.Services.GetStoreAsync<ArticleStore>(cancellationToken);
            var limit = context.GetValue(take);
            var onlyRelevant = context.GetValue(relevant);
            var scan = onlyRelevant ? RelevantScanLimit : limit;
            var found = context.ParseResult.GetValue(day) is { } d
                ? await store.ListByDayAsync(d, scan, cancellationToken: cancellationToken)
                : await store.ListRecentAsync(context.GetValue(days), scan, cancellationToken: cancellationToken);
            var articles = found
                .Where(a => !onlyRelevant || a.Classification?.Relevant == true)
                .OrderByDescending(a => a.Published ?? a.FetchedAt)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize<IReadOnlyList<StoredArticle>>(articles));
                return CliAction.Success;
            }

            if (articles.Count == 0)
            {
                await context.Output.WriteLineAsync("No articles.");
                return CliAction.Success;
            }

            var table = new Table().AddColumns("Id", "Published", "Outlet", "Title", "Relevant", "Event");
            foreach (var article in articles)
            {
                table.AddRow(
                    new Text(article.Id),
                    new Text(TerminalText.Date(article.Published ?? article.FetchedAt)),
                    TerminalText.Cell(article.Outlet, 30),
                    TerminalText.Cell(article.Title, 90),
                    new Text(Relevance(article.Classification)),
                    new Text(article.EventId ?? "-"));
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync($"{articles.Count} article(s).");
            return CliAction.Success;
        }, connection);
        return command;
    }

    private static Command Show(CliSettings settings, Option<string?> connection)
    {
        var id = new Argument<string>("ID") { Description = "The article's id (see 'articles list')." };
        var json = new Option<bool>("--json") { Description = "Print the stored article (with its text) as JSON." };
        var command = new Command("show", "Show one article: metadata, classification with evidence, and the start of its text.") { id, json };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var articleId = context.GetValue(id).Trim();
            var store = await context.Services.GetStoreAsync<ArticleStore>(cancellationToken);
            var article = (articleId.Length == 0 ? null : await store.GetAsync(articleId, cancellationToken: cancellationToken))
                ?? throw new CliUsageException($"No article with id '{TerminalText.Clean(articleId, 100)}'. See 'articles list'.");
            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(article with { Html = null }));
                return CliAction.Success;
            }

            var output = context.Output;
            output.WriteLine($"Id:           {article.Id}");
            output.WriteLine($"Title:        {TerminalText.Clean(article.Title)}");
            output.WriteLine($"URL:          {article.Url.AbsoluteUri}");
            if (article.CanonicalUrl is { } canonical && canonical != article.Url)
            {
                output.WriteLine($"Canonical:    {canonical.AbsoluteUri}");
            }

            output.WriteLine($"Outlet:       {TerminalText.Clean(article.Outlet)}");
            output.WriteLine($"Published:    {TerminalText.Date(article.Published)}");
            output.WriteLine($"Fetched:      {TerminalText.Date(article.FetchedAt)}");
            output.WriteLine($"Byline:       {TerminalText.Clean(article.Byline ?? "-")}");
            output.WriteLine($"Feed:         {article.FeedId ?? "-"}");
            output.WriteLine($"Extraction:   {article.ExtractionSource}{(article.ExtractionError is null ? string.Empty : " — " + TerminalText.Clean(article.ExtractionError, 300))}");
            output.WriteLine($"Event:        {article.EventId ?? "-"}");
            if (article.DuplicateOf is not null)
            {
                output.WriteLine($"Copy of:      {article.DuplicateOf}");
            }

            output.WriteLine();
            if (article.Classification is { } classification)
            {
                new ClassificationWriter(context.Services.Get<Taxonomy>()).Write(output, classification);
            }
            else
            {
                output.WriteLine("Not classified yet.");
            }

            output.WriteLine();
            output.WriteLine($"Text ({article.TextLength} characters):");
            output.WriteLine(Excerpt(article.Text));
            await output.FlushAsync(cancellationToken);
            return CliAction.Success;
        }, connection);
        return command;
    }

    private static string Relevance(Classification? classification) => classification switch
    {
        null => "?",
        { Relevant: true } => $"yes {TerminalText.Number(classification.Score)}",
        _ => "no",
    };

    /// <summary>The start of the text, paragraphs kept, control characters removed.</summary>
    private static string Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "(no text)";
        }

        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => TerminalText.Clean(p));
        var excerpt = string.Join(Environment.NewLine + Environment.NewLine, paragraphs);
        return excerpt.Length <= ExcerptChars ? excerpt : excerpt[..ExcerptChars].TrimEnd() + " …";
    }
}
