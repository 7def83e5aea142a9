using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Cli;
using Monitor.Events;
using Monitor.Extract;
using Monitor.Feeds;
using Monitor.Functions;
using Monitor.Hosting.Runner;
using Monitor.Pipeline;
using Monitor.Store.Articles;
using Monitor.Store.Feeds;
using Monitor.Testing;
using Monitor.Tests.Hosting.Support;

namespace Monitor.Tests.Pipeline;

/// <summary>
/// The whole pipeline through the real functions and the local runner: feeds and pages from a local Kestrel
/// server, state in a real Azurite of this class's own (queue names are fixed, so no other test shares it).
/// </summary>
public sealed class PipelineTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _prefix = AzuriteFixture.UniqueName("p");
    private LocalWebServer _site = null!;

    public async Task InitializeAsync() => _site = await PipelineSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    /// <summary>The message a poll of the main feed enqueues for its coast guard training report.</summary>
    private ArticleToProcess CoastGuardTrainingMessage() => new()
    {
        FeedId = "feed",
        ItemId = "coast-guard-training",
        Url = _site.Url("articles/coast-guard-training.html"),
        Title = "Italian instructors train Libyan coast guard crews in Tripoli",
        Published = new DateTimeOffset(2026, 11, 17, 9, 30, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task RunOnce_Stores_Articles_Groups_Both_Reports_Of_One_Event_And_Records_Bad_Feeds()
    {
        using var host = await StartRunnerAsync();
        var feeds = host.Services.GetRequiredService<FeedStore>();
        var articles = host.Services.GetRequiredService<ArticleStore>();
        var events = host.Services.GetRequiredService<IEventIndex>();
        await SubscribeAsync(feeds, "feeds/main-feed.xml", "feeds/billion-laughs.xml");

        var summary = await RunOnceAsync(host);

        Assert.Equal(0, summary.MessagesPoisoned);
        var first = await FindAsync(articles, "articles/coast-guard-training.html");
        var second = await FindAsync(articles, "articles/coast-guard-training-second-outlet.html");
        Assert.True(first.Classification!.Relevant);
        Assert.True(second.Classification!.Relevant);
        Assert.NotNull(first.EventId);
        Assert.Equal(first.EventId, second.EventId);
        var merged = Assert.Single(await events.FindCandidatesAsync(
            new EventCandidateQuery("libya", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), ["italy"])));
        Assert.Equal(2, merged.Sources.Count);

        var oil = await FindAsync(articles, "articles/oil-output.html");
        Assert.False(oil.Classification!.Relevant);
        Assert.Null(oil.EventId);

        var bomb = Assert.Single(await feeds.ListAsync(), f => f.Url.AbsolutePath.EndsWith("billion-laughs.xml", StringComparison.Ordinal));
        Assert.Equal(1, bomb.ConsecutiveFailures);
        Assert.Equal("EntityExpansion", bomb.LastErrorKind);
        Assert.True(bomb.NextPollAt > DateTimeOffset.UtcNow, "a failing feed backs off");
    }

    [Fact]
    public async Task A_Page_That_Cannot_Be_Fetched_Or_An_Entry_Without_Link_Falls_Back_To_The_Feed_Content()
    {
        using var host = await StartRunnerAsync();
        var feeds = host.Services.GetRequiredService<FeedStore>();
        var articles = host.Services.GetRequiredService<ArticleStore>();
        await SubscribeAsync(feeds, "feeds/main-feed.xml");

        await RunOnceAsync(host);

        var removed = await FindAsync(articles, "articles/removed-page.html", includeContent: true);
        Assert.Equal(ExtractionSource.FeedFallback, removed.ExtractionSource);
        Assert.Contains("fetch", removed.ExtractionError, StringComparison.Ordinal);
        Assert.Contains("winter schedule", removed.Text, StringComparison.Ordinal);

        var all = await articles.ListAllAsync(includeText: true).ToListAsync();
        var bulletin = Assert.Single(all, a => a.Title == "Weather bulletin without a page");
        Assert.Contains("Heavy rain", await articles.GetTextAsync(bulletin.Id), StringComparison.Ordinal);
        Assert.Equal(5, all.Count);
    }

    [Fact]
    public async Task A_Second_Cycle_Gets_304_And_Fetches_No_Article()
    {
        using var host = await StartRunnerAsync();
        var feeds = host.Services.GetRequiredService<FeedStore>();
        await SubscribeAsync(feeds, "feeds/main-feed.xml");
        await RunOnceAsync(host);
        var pagesBefore = _site.Requests.Count(r => r.PathAndQuery.StartsWith("/articles/", StringComparison.Ordinal));
        foreach (var feed in await feeds.ListAsync())
        {
            await feeds.UpdateAsync(feed.Id, f => f with { NextPollAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        }

        var summary = await RunOnceAsync(host);

        Assert.Equal(0, summary.MessagesPoisoned);
        var feedRequests = _site.Requests.Where(r => r.PathAndQuery == "/feeds/main-feed.xml").ToList();
        Assert.Equal(2, feedRequests.Count);
        Assert.True(feedRequests[1].Headers.ContainsKey("If-None-Match"), "the second poll is conditional");
        Assert.Equal(pagesBefore, _site.Requests.Count(r => r.PathAndQuery.StartsWith("/articles/", StringComparison.Ordinal)));
        var state = Assert.Single(await feeds.ListAsync());
        Assert.Equal(0, state.ConsecutiveFailures);
    }

    [Fact]
    public async Task The_Same_Article_Message_Twice_Leaves_One_Article_And_One_Event_Version()
    {
        using var host = await StartRunnerAsync();
        var processor = host.Services.GetRequiredService<ArticleProcessor>();
        var articles = host.Services.GetRequiredService<ArticleStore>();
        var message = CoastGuardTrainingMessage();

        var first = await processor.ProcessAsync(message);
        var again = await processor.ProcessAsync(message);

        Assert.Equal(ArticleProcessingOutcome.Stored, first.Outcome);
        Assert.Equal(EventAssignmentOutcome.Created, first.EventOutcome);
        Assert.Equal(ArticleProcessingOutcome.AlreadyProcessed, again.Outcome);
        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Single(await articles.ListAllAsync().ToListAsync());
        var stored = await host.Services.GetRequiredService<Monitor.Store.Events.EventStore>().GetAsync(first.EventId!);
        Assert.Equal(1, stored!.Version);
    }

    [Fact]
    public async Task An_Article_Stored_Before_Its_First_Delivery_Is_Processed_Again_Into_The_Same_Article_And_Event()
    {
        using var host = await StartRunnerAsync();
        var processor = host.Services.GetRequiredService<ArticleProcessor>();
        var articles = host.Services.GetRequiredService<ArticleStore>();
        var message = CoastGuardTrainingMessage();
        var first = await processor.ProcessAsync(message, isFirstDelivery: true);

        // Another feed listed the same page: its message also arrives for the first time, so nothing is looked up.
        var second = await processor.ProcessAsync(message with { FeedId = "other-feed" }, isFirstDelivery: true);

        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(EventAssignmentOutcome.AlreadyPresent, second.EventOutcome);
        var stored = Assert.Single(await articles.ListAllAsync().ToListAsync());
        Assert.Equal(first.EventId, stored.EventId);
        var cooperationEvent = await host.Services.GetRequiredService<Monitor.Store.Events.EventStore>().GetAsync(first.EventId!);
        Assert.Equal(1, cooperationEvent!.Version);
        Assert.Equal(ArticleProcessingOutcome.AlreadyProcessed, (await processor.ProcessAsync(message, isFirstDelivery: false)).Outcome);
    }

    [Fact]
    public async Task An_Article_Grouped_But_Never_Stored_Is_Stored_With_Its_Event_When_The_Message_Returns()
    {
        using var host = await StartRunnerAsync();
        var processor = host.Services.GetRequiredService<ArticleProcessor>();
        var articles = host.Services.GetRequiredService<ArticleStore>();
        var storage = host.Services.GetRequiredService<Monitor.Store.MonitorStorage>();
        var message = CoastGuardTrainingMessage();
        var first = await processor.ProcessAsync(message);

        // As if the worker had stopped between grouping and the article's save: the event exists, the article does not.
        foreach (var table in new[] { storage.Articles, storage.ArticleUrls, storage.ContentHashes })
        {
            await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }

        var again = await processor.ProcessAsync(message);

        Assert.Equal(ArticleProcessingOutcome.Stored, again.Outcome);
        Assert.Equal(EventAssignmentOutcome.AlreadyPresent, again.EventOutcome);
        Assert.Equal(first.EventId, (await articles.GetAsync(first.ArticleId))!.EventId);
        var stored = await host.Services.GetRequiredService<Monitor.Store.Events.EventStore>().GetAsync(first.EventId!);
        Assert.Equal(1, stored!.Version);
        Assert.Single(stored.Sources);
    }

    [Fact]
    public async Task A_Timer_Delivered_Twice_Enqueues_Each_Due_Feed_Once()
    {
        using var host = await StartRunnerAsync();
        await SubscribeAsync(host.Services.GetRequiredService<FeedStore>(), "feeds/main-feed.xml", "feeds/billion-laughs.xml");
        var registry = host.Services.GetRequiredService<Monitor.Hosting.FunctionRegistry>();
        Assert.True(registry.TryGet(FunctionCatalog.PollFeeds.Name, out var poll));
        var tick = new Monitor.Hosting.FunctionInvocation { FunctionName = FunctionCatalog.PollFeeds.Name };

        var first = await poll.InvokeAsync(tick, CancellationToken.None);
        var second = await poll.InvokeAsync(tick, CancellationToken.None);

        Assert.Equal(2, first.Outputs[FunctionCatalog.FeedsOutput].Count);
        Assert.False(second.Outputs.ContainsKey(FunctionCatalog.FeedsOutput));
    }

    [Fact]
    public async Task Every_Catalog_Function_Has_A_Registered_Implementation()
    {
        using var host = await StartRunnerAsync();

        var registry = host.Services.GetRequiredService<Monitor.Hosting.FunctionRegistry>();

        Assert.All(FunctionCatalog.All, definition => Assert.True(registry.TryGet(definition.Name, out _), definition.Name));
    }

    private async Task<IHost> StartRunnerAsync()
    {
        var host = LocalRunnerApp.Build(
            new LocalRunnerAppOptions
            {
                ConnectionString = azurite.ConnectionString,
                HostJsonPath = TestPaths.TestHostJson,
                Args =
                [
                    $"--AzureWebJobsStorage={azurite.ConnectionString}",
                    $"--Monitor:Storage:NamePrefix={_prefix}",
                    "--Monitor:Fetch:AllowPrivateNetworks=true",
                ],
            },
            FunctionCatalog.All,
            FunctionComposition.AddMonitorFunctions);
        await host.StartAsync();
        return host;
    }

    private static async Task<RunSummary> RunOnceAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await host.Services.GetRequiredService<LocalRunner>().RunOnceAsync(timeout.Token);
    }

    private async Task SubscribeAsync(FeedStore feeds, params string[] paths)
    {
        foreach (var path in paths)
        {
            await feeds.UpsertAsync(FeedSubscription.Create(_site.Url(path), null, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }
    }

    private async Task<StoredArticle> FindAsync(ArticleStore articles, string path, bool includeContent = false) =>
        await articles.FindByUrlAsync(_site.Url(path), includeContent)
        ?? throw new Xunit.Sdk.XunitException($"No article stored for {path}.");
}
