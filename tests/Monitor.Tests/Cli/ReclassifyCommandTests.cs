using Monitor.Store.Articles;
using Monitor.Store.Events;
using Monitor.Store.Serialization;
using Monitor.Testing;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

[Collection("Azurite")]
public sealed class ReclassifyCommandTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset s_published = new(2025, 10, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly CliRunner _cli = new(azurite.ConnectionString);

    [Fact]
    public async Task Reclassify_Updates_Only_Articles_Of_An_Old_Taxonomy_And_Groups_Them()
    {
        var storage = await _cli.OpenStorageAsync();
        var articles = new ArticleStore(storage, TimeProvider.System);

        // Classified by an earlier taxonomy that missed the cooperation: reclassify should find it now.
        var stale = (await articles.SaveAsync(CliSeed.Article(
            "cooperation.txt", "https://news.example/libya-italy", s_published,
            c => c with { TaxonomyVersion = "0-old", Relevant = false, Partners = [], EventTypes = [], Domains = [] }))).Article;
        var current = (await articles.SaveAsync(CliSeed.Article("unrelated.txt", "https://food.example/bread", s_published))).Article;

        var run = await _cli.RunAsync("reclassify");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Reclassified:        1", run.Output, StringComparison.Ordinal);
        Assert.Contains("Became relevant:     1", run.Output, StringComparison.Ordinal);
        Assert.Contains("Events created:      1", run.Output, StringComparison.Ordinal);
        Assert.Contains("reclassify: 1/1", run.Error, StringComparison.Ordinal);

        var updated = await articles.GetAsync(stale.Id);
        Assert.Equal(CliSeed.Classifier.Taxonomy.Version, updated!.Classification!.TaxonomyVersion);
        Assert.True(updated.Classification.Relevant);
        Assert.Contains(updated.Classification.Partners, p => p.Id == "italy");
        var cooperationEvent = await new EventStore(storage).GetAsync(updated.EventId!);
        Assert.Contains(cooperationEvent!.Sources, s => s.ArticleId == stale.Id);
        Assert.Equal(StoreJson.Serialize(current.Classification!), StoreJson.Serialize((await articles.GetAsync(current.Id))!.Classification!));

        var again = await _cli.RunAsync("reclassify");
        Assert.Contains("Reclassified:        0", again.Output, StringComparison.Ordinal);

        var all = await _cli.RunAsync("reclassify", "--all");
        Assert.Contains("Reclassified:        2", all.Output, StringComparison.Ordinal);
        Assert.Contains("Events created:      0", all.Output, StringComparison.Ordinal);
        Assert.Equal(updated.EventId, (await articles.GetAsync(stale.Id))!.EventId);
    }
}
