using System.Security.Cryptography;
using System.Text;
using Monitor.Feeds;
using Monitor.Feeds.Polling;
using Monitor.Store.Articles;
using Monitor.Store.Feeds;

namespace Monitor.Pipeline;

/// <summary>What refreshing one feed did.</summary>
public sealed record FeedRefreshResult(
    string FeedId,
    FeedPollStatus? Status,
    IReadOnlyList<ArticleToProcess> NewEntries,
    int SeenEntries,
    string? ErrorKind,
    string? Error)
{
    public static FeedRefreshResult Missing(string feedId) => new(feedId, null, [], 0, "NotFound", $"Feed '{feedId}' is not subscribed.");
}

/// <summary>
/// Polls one feed, stores its new polling state and picks out the entries not stored yet. A bad feed is
/// recorded against the feed (it backs off); only storage failures throw, so the message is retried.
/// </summary>
public sealed class FeedRefresher(FeedStore feeds, ArticleStore articles, FeedPoller poller)
{
    public async Task<FeedRefreshResult> RefreshAsync(string feedId, CancellationToken cancellationToken = default)
    {
        var feed = await feeds.GetAsync(feedId, cancellationToken);
        if (feed is null)
        {
            return FeedRefreshResult.Missing(feedId);
        }

        var poll = await poller.PollAsync(feed, cancellationToken);
        // Keep concurrent edits (a title changed by 'feeds add') while storing what the poll learnt.
        await feeds.UpdateAsync(feedId, current => poll.Feed with { Title = poll.Feed.Title ?? current.Title }, cancellationToken);

        var fresh = new List<ArticleToProcess>();
        var seen = 0;
        foreach (var entry in poll.Entries)
        {
            var message = ToMessage(poll.Feed, entry);
            if (message.HasPage && await articles.ContainsUrlAsync(message.Url, cancellationToken))
            {
                seen++;
                continue;
            }

            fresh.Add(message);
        }

        return new FeedRefreshResult(feedId, poll.Status, fresh, seen, poll.ErrorKind, poll.Error);
    }

    /// <summary>
    /// An entry without a link is keyed under its feed's URL and a hash of its item id, so it is stored
    /// once however often the feed repeats it.
    /// </summary>
    internal static ArticleToProcess ToMessage(FeedSubscription feed, FeedEntry entry)
    {
        var url = entry.Link ?? new UriBuilder(feed.Url) { Query = "monitor-item=" + ItemHash(entry.ItemId), Fragment = string.Empty }.Uri;
        var fallback = entry.ContentHtml;
        if (fallback is { Length: > ArticleToProcess.MaxFallbackChars })
        {
            fallback = fallback[..ArticleToProcess.MaxFallbackChars];
        }

        return new ArticleToProcess
        {
            FeedId = feed.Id,
            ItemId = entry.ItemId,
            Url = url,
            HasPage = entry.Link is not null,
            Title = entry.Title,
            Published = entry.Published,
            FallbackHtml = fallback,
        };
    }

    private static string ItemHash(string itemId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(itemId)).AsSpan(0, 12));
}
