namespace Monitor.Store.Queues;

/// <summary>
/// The work queues between pipeline stages. Names must match the <c>queueName</c> of the generated
/// function.json files; the Functions host moves messages it gives up on to the "-poison" twin.
/// </summary>
public static class QueueNames
{
    /// <summary>One message per feed that is due for polling.</summary>
    public const string FeedsToFetch = "feeds-to-fetch";

    /// <summary>One message per new feed entry whose article page must be fetched and classified.</summary>
    public const string ArticlesToProcess = "articles-to-process";

    /// <summary>The suffix the Functions host appends when it gives up on a message.</summary>
    public const string PoisonSuffix = "-poison";

    public static string FeedsToFetchPoison => Poison(FeedsToFetch);

    public static string ArticlesToProcessPoison => Poison(ArticlesToProcess);

    /// <summary>All work queues of the pipeline, without their poison twins.</summary>
    public static IReadOnlyList<string> All { get; } = [FeedsToFetch, ArticlesToProcess];

    /// <summary>The queue the host moves a message to once it has failed <c>maxDequeueCount</c> times.</summary>
    public static string Poison(string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return queueName + PoisonSuffix;
    }
}
