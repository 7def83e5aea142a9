using Monitor.Feeds;
using Monitor.Store.Feeds;

namespace Monitor.Cli.Storage;

/// <summary>The subscription rules the feed verbs share: ids come from the URL, so adding twice is harmless.</summary>
public static class FeedSubscriptions
{
    /// <summary>
    /// Subscribes to <paramref name="url"/> unless already subscribed; for a subscribed feed, a new title replaces the
    /// stored one when <paramref name="replaceTitle"/> is set.
    /// </summary>
    public static async Task<(FeedSubscription Feed, bool Added)> AddAsync(
        FeedStore feeds, Uri url, string? title, DateTimeOffset now, bool replaceTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var id = FeedId.For(url);
        var existing = await feeds.GetAsync(id, cancellationToken);
        if (existing is not null)
        {
            if (replaceTitle && title is not null && title != existing.Title)
            {
                existing = await feeds.UpdateAsync(id, current => current with { Title = title }, cancellationToken) ?? existing;
            }

            return (existing, false);
        }

        var feed = FeedSubscription.Create(url, title, now);
        await feeds.UpsertAsync(feed, cancellationToken: cancellationToken);
        return (feed, true);
    }

    /// <summary>The id of the feed named by an id or a URL; null when no subscribed feed matches.</summary>
    public static async Task<string?> ResolveIdAsync(FeedStore feeds, string idOrUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        if (CliOptions.TryParseWebUrl(idOrUrl) is { } url)
        {
            var byUrl = FeedId.For(url);
            if (await feeds.GetAsync(byUrl, cancellationToken) is not null)
            {
                return byUrl;
            }

            // A redirect may have moved the stored URL away from the one the id was made from.
            var all = await feeds.ListAsync(cancellationToken);
            return all.FirstOrDefault(f => f.Url == url)?.Id;
        }

        return idOrUrl.Length > 0 && await feeds.GetAsync(idOrUrl, cancellationToken) is not null ? idOrUrl : null;
    }

    /// <summary>Every subscription in the order the verbs show and export them: by title (or host), then URL.</summary>
    public static async Task<List<FeedSubscription>> ListInOrderAsync(FeedStore feeds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        return (await feeds.ListAsync(cancellationToken))
            .OrderBy(f => f.Title ?? f.Url.Host, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal)
            .ToList();
    }
}
