using Monitor.Hosting;
using Monitor.Store.Queues;

namespace Monitor.Functions;

/// <summary>
/// The functions of the monitor, their triggers and queue outputs. The function.json files are generated
/// from this list (<c>monitor functions --out DIR</c>, also at publish), and the handler refuses to start
/// unless every entry has exactly one registered implementation that returns the same definition.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>Every 15 minutes, on the quarter hour (UTC, six-field NCRONTAB).</summary>
    public const string DefaultPollSchedule = "0 */15 * * * *";

    /// <summary>Output binding of <see cref="PollFeeds"/>: one message per due feed.</summary>
    public const string FeedsOutput = "feeds";

    /// <summary>Output binding of <see cref="FetchFeed"/>: one message per new entry.</summary>
    public const string ArticlesOutput = "articles";

    /// <summary>Finds the feeds that are due and enqueues one message per feed.</summary>
    public static FunctionDefinition PollFeeds { get; } = new(
        "PollFeeds",
        new TimerTrigger(DefaultPollSchedule),
        new QueueOutputBinding(FeedsOutput, QueueNames.FeedsToFetch));

    /// <summary>Downloads and parses one feed; enqueues its new entries.</summary>
    public static FunctionDefinition FetchFeed { get; } = new(
        "FetchFeed",
        new QueueTrigger(QueueNames.FeedsToFetch),
        new QueueOutputBinding(ArticlesOutput, QueueNames.ArticlesToProcess));

    /// <summary>Fetches, extracts, classifies and stores one article.</summary>
    public static FunctionDefinition ProcessArticle { get; } = new(
        "ProcessArticle",
        new QueueTrigger(QueueNames.ArticlesToProcess));

    public static IReadOnlyList<FunctionDefinition> All { get; } = [PollFeeds, FetchFeed, ProcessArticle];
}
