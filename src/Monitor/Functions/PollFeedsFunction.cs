using Monitor.Feeds.Polling;
using Monitor.Hosting;
using Monitor.Pipeline;
using Monitor.Store.Feeds;
using Microsoft.Extensions.Options;

namespace Monitor.Functions;

/// <summary>
/// Timer: enqueues one <see cref="FeedToFetch"/> per feed that is due. Each enqueued feed's next poll is
/// pushed one interval ahead at once, so a timer that fires twice (or overlaps a slow cycle) does not
/// enqueue the same feed twice; FetchFeed then sets the real next poll.
/// </summary>
public sealed class PollFeedsFunction(FeedStore feeds, IOptions<FeedPollingOptions> polling, TimeProvider timeProvider) : MonitorFunction
{
    public override FunctionDefinition Definition => FunctionCatalog.PollFeeds;

    public override async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var result = new FunctionResult();
        var due = await feeds.ListDueAsync(now, cancellationToken);
        foreach (var feed in due)
        {
            var claimed = await feeds.UpdateAsync(
                feed.Id,
                current => current.NextPollAt <= now ? current with { NextPollAt = now + polling.Value.Interval } : current,
                cancellationToken);
            if (claimed is not null && claimed.NextPollAt > now)
            {
                result.Output(FunctionCatalog.FeedsOutput, new FeedToFetch(feed.Id));
            }
        }

        return result.Log($"{due.Count} feed(s) due.");
    }
}
