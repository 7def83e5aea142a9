using Monitor.Hosting;
using Monitor.Pipeline;

namespace Monitor.Functions;

/// <summary>Queue <c>feeds-to-fetch</c>: polls one feed and enqueues its new entries.</summary>
public sealed class FetchFeedFunction(FeedRefresher refresher) : MonitorFunction
{
    public override FunctionDefinition Definition => FunctionCatalog.FetchFeed;

    public override async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.GetMessage<FeedToFetch>();
        var refreshed = await refresher.RefreshAsync(message.FeedId, cancellationToken);
        var result = new FunctionResult();
        foreach (var entry in refreshed.NewEntries)
        {
            result.Output(FunctionCatalog.ArticlesOutput, entry);
        }

        return result.Log(refreshed.Error is null
            ? $"Feed {refreshed.FeedId}: {refreshed.Status}, {refreshed.NewEntries.Count} new, {refreshed.SeenEntries} already seen."
            : $"Feed {refreshed.FeedId}: {refreshed.Status} {refreshed.ErrorKind}: {refreshed.Error}");
    }
}
