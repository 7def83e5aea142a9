using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Demo;
using Monitor.Store;
using Monitor.Store.Articles;
using Monitor.Store.Events;
using Monitor.Testing;

namespace Monitor.Tests.Demo;

/// <summary>The whole demo verb in-process: sample site, real functions on the local runner, real Azurite.</summary>
[Collection("Azurite")]
public sealed class DemoCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Demo_Stores_The_Sample_Articles_Groups_Events_And_Repolls_Without_Fetching_Articles()
    {
        var prefix = AzuriteFixture.UniqueName("demo");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await new RootCommand { DemoCommand.Create() }
            .Parse(["demo", "--connection-string", azurite.ConnectionString, "--no-color", "--storage-prefix", prefix])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        var text = output.ToString();
        Assert.True(exitCode == 0, $"exit {exitCode}: {error}{text}");
        Assert.Contains("Demo summary", text, StringComparison.Ordinal);
        Assert.Contains("3 of 3 feed(s) answered 304 Not Modified, 0 new item(s), 0 article page(s) fetched", text, StringComparison.Ordinal);
        Assert.Contains("monitor articles list --days 30 --connection-string", text, StringComparison.Ordinal);

        await using var services = Storage(prefix);
        var articles = await services.GetRequiredService<ArticleStore>().ListAllAsync().ToListAsync();
        Assert.True(articles.Count >= 10, $"{articles.Count} articles stored");
        Assert.Contains(articles, a => a.Classification?.Relevant == true && a.EventId is not null);
        var events = await services.GetRequiredService<EventStore>().ListAllAsync().ToListAsync();
        Assert.Contains(events, e => e.Sources.Count >= 2);
        Assert.All(articles.Where(a => a.Classification?.Relevant == true), a => Assert.NotNull(a.EventId));
    }

    [Fact]
    public async Task Run_Cycles_Reports_New_Items_First_And_Only_304s_Second()
    {
        var prefix = AzuriteFixture.UniqueName("demo");
        await using var site = await SampleSiteServer.StartAsync();
        var console = DemoConsole.Create(TextWriter.Null, TextWriter.Null, noColor: true);
        var runner = new DemoRunner(new DemoOptions { StoragePrefix = prefix, NoColor = true }, console, TimeProvider.System);

        var report = await runner.RunCyclesAsync(azurite.ConnectionString, site, CancellationToken.None);

        Assert.Equal(3, report.FirstCycle.FeedsPolled);
        Assert.Equal(16, report.FirstCycle.ItemsNew);
        Assert.Equal(0, report.FirstCycle.ItemsAlreadySeen);
        Assert.Equal(16, report.FirstCycle.ArticlesProcessed);
        Assert.Equal(16, report.FirstCycle.PageFetches);
        Assert.Equal(16, report.Data.ArticlesStored);
        Assert.InRange(report.Data.RelevantArticles, 1, 15);
        Assert.Equal(3, report.SecondCycle.FeedsNotModified);
        Assert.Equal(0, report.SecondCycle.ItemsNew);
        Assert.Equal(0, report.SecondCycle.PageFetches);
        Assert.Equal(0, report.SecondCycle.ArticlesProcessed);
    }

    private ServiceProvider Storage(string prefix) =>
        new ServiceCollection()
            .AddMonitorStorage(o =>
            {
                o.ConnectionString = azurite.ConnectionString;
                o.NamePrefix = prefix;
            })
            .BuildServiceProvider();
}
