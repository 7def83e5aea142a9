using Monitor.Store.Articles;
using Monitor.Store.Emulator;
using Monitor.Store.Feeds;
using Monitor.Store.Tests.Support;

namespace Monitor.Store.Tests.Faults;

/// <summary>Storage goes away mid-run and comes back: nothing stored is lost, nothing is stored twice.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "monitor-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteServer? _server;

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync(_dataDirectory);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_Write_During_An_Outage_Completes_After_Restart_And_Earlier_Data_Survives()
    {
        var server = _server!;
        // Enough patience to ride out a restart: retries back off up to 1 s, 15 times.
        var storage = await TestStorage.CreateAsync(server.ConnectionString, o =>
        {
            o.MaxRetries = 15;
            o.RetryDelay = TimeSpan.FromMilliseconds(200);
            o.MaxRetryDelay = TimeSpan.FromSeconds(1);
        });
        var articles = new ArticleStore(storage, TimeProvider.System);
        var feeds = new FeedStore(storage);
        var feed = Some.Feed();
        await feeds.UpsertAsync(feed);
        var before = new[] { Some.Article(), Some.Article(text: Some.Paragraphs(300, "long")) };
        foreach (var article in before)
        {
            await articles.SaveAsync(article, rawHtml: "<html>before</html>");
        }

        await server.StopAsync();
        var during = Some.Article();
        var pendingSave = articles.SaveAsync(during);
        Assert.False(pendingSave.IsCompleted);
        await server.RestartAsync();
        var saved = await pendingSave;

        // The pipeline redelivers a message it could not confirm: the replay must not duplicate.
        await articles.SaveAsync(before[1], rawHtml: "<html>before</html>");
        await articles.SaveAsync(during);

        var all = await articles.ListAllAsync(includeText: true).ToListAsync();
        Assert.Equal(3, all.Count);
        foreach (var article in before.Append(during))
        {
            var stored = Assert.Single(all, a => a.Url == article.Url);
            Assert.Equal(article.Text, stored.Text);
        }

        Assert.Equal(saved.Article.Id, all.Single(a => a.Url == during.Url).Id);
        Assert.Equal(feed, await feeds.GetAsync(feed.Id));
        Assert.Equal("<html>before</html>", await articles.GetRawHtmlAsync(all.Single(a => a.Url == before[0].Url).Id));
    }
}
