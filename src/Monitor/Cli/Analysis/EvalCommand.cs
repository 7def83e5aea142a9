using System.CommandLine;
using Monitor.Classify;
using Monitor.Evaluation;
using Monitor.Extract;

namespace Monitor.Cli.Analysis;

/// <summary><c>eval</c>: the classifier and event grouping scored against a labelled corpus (see the corpus FORMAT).</summary>
public static class EvalCommand
{
    /// <summary>Corpus lines carry no URL at times; the extractor needs one to resolve links against.</summary>
    private static readonly Uri s_corpusBase = new("https://corpus.invalid/");

    public static Command Create(CliSettings settings)
    {
        var corpus = new Option<FileInfo>("--corpus") { Description = "The labelled corpus: JSON Lines, one article per line.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print only the metrics, as one JSON object on the last line." };
        var command = new Command(
            "eval",
            "Classify and group a labelled corpus as the pipeline would, and score relevance, event types, domains, partners, event clustering and opinion against the labels.")
        {
            corpus,
            json,
        };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var file = context.GetValue(corpus);
            if (!file.Exists)
            {
                throw new CliUsageException($"Corpus not found: {file.FullName}");
            }

            var extractor = context.Services.Get<ArticleExtractor>();
            var evaluator = new CorpusEvaluator(
                context.Services.Get<ArticleClassifier>(),
                context.Services.Get<Taxonomy>(),
                new DelegateHtmlToText((html, url) => ExtractText(extractor, html, url, cancellationToken)));
            var report = await evaluator.EvaluateFileAsync(file.FullName, cancellationToken);

            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(report.ToJson());
            }
            else
            {
                await context.Output.WriteAsync(report.ToText());
            }

            await context.Output.FlushAsync(cancellationToken);
            return CliAction.Success;
        });
        return command;
    }

    /// <summary>
    /// The evaluator's hook is synchronous; blocking here is safe in a console app (no synchronisation context) and the
    /// extractor runs its parse on its own thread anyway.
    /// </summary>
    private static string ExtractText(ArticleExtractor extractor, string html, string? url, CancellationToken cancellationToken)
    {
        var pageUrl = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : s_corpusBase;
        return extractor.ExtractAsync(new ExtractRequest(pageUrl, html), cancellationToken).GetAwaiter().GetResult().Text;
    }
}
