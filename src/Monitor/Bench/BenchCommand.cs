using System.CommandLine;
using Monitor.Demo;

namespace Monitor.Bench;

/// <summary>The <c>bench</c> verb: throughput, polling cost, per-core speed of the stages, and memory.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var feeds = new Option<int>("--feeds") { Description = "Feeds in the end-to-end run.", DefaultValueFactory = _ => 20 };
        var articles = new Option<int>("--articles") { Description = "Articles per feed in the end-to-end run.", DefaultValueFactory = _ => 25 };
        var unchanged = new Option<int>("--unchanged-feeds") { Description = "Feeds polled again with nothing changed.", DefaultValueFactory = _ => 500 };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var connectionString = new Option<string?>("--connection-string") { Description = "Storage account to use instead of starting Azurite." };
        var prefix = new Option<string?>("--storage-prefix") { Description = "Prefix for the benchmark's table and container names." };
        var parallelism = new Option<int>("--parallelism")
        {
            Description = "Articles and feeds in flight at once (default: 2 x cores).",
            DefaultValueFactory = _ => 2 * Environment.ProcessorCount,
        };
        var quick = new Option<bool>("--quick") { Description = "Short component loops (smoke runs); figures are less stable.", Hidden = true };
        var command = new Command("bench", "Measure throughput, the cost of an unchanged poll, per-core extraction and classification speed, and memory.")
        {
            feeds, articles, unchanged, json, connectionString, prefix, parallelism, quick,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var isQuick = parseResult.GetValue(quick);
            var options = new BenchOptions
            {
                Feeds = parseResult.GetValue(feeds),
                ArticlesPerFeed = parseResult.GetValue(articles),
                UnchangedFeeds = parseResult.GetValue(unchanged),
                ConnectionString = parseResult.GetValue(connectionString),
                StoragePrefix = parseResult.GetValue(prefix),
                Parallelism = Math.Max(1, parseResult.GetValue(parallelism)),
                ExtractionPages = isQuick ? 2 : 20,
                ExtractionDuration = isQuick ? TimeSpan.Zero : TimeSpan.FromSeconds(3),
                ClassificationTexts = isQuick ? 10 : 200,
                ClassificationIterations = isQuick ? 1 : 10,
                WarmUpDuration = isQuick ? TimeSpan.Zero : TimeSpan.FromSeconds(1),
                WarmUpArticles = isQuick ? 1 : 25,
            };
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (options.Feeds < 1 || options.ArticlesPerFeed < 1 || options.UnchangedFeeds < 1)
            {
                await error.WriteLineAsync("--feeds, --articles and --unchanged-feeds must be at least 1.");
                return 1;
            }

            var asJson = parseResult.GetValue(json);
            try
            {
                // Progress goes to stderr with --json so stdout stays one JSON document.
                var progress = asJson ? error : output;
                var report = await new BenchRunner(options, line => progress.WriteLine(line)).RunAsync(cancellationToken);
                if (asJson)
                {
                    await output.WriteLineAsync(BenchReportWriter.ToJson(report));
                }
                else
                {
                    BenchReportWriter.WriteTables(report, output);
                }

                return 0;
            }
            catch (LocalStorageUnavailableException e)
            {
                await error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }
}
