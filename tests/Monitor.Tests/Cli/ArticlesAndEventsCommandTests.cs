using System.Text.Json;
using Monitor.Events;
using Monitor.Store.Articles;
using Monitor.Store.Events;
using Monitor.Testing;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

[Collection("Azurite")]
public sealed class ArticlesAndEventsCommandTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset s_day = new(2025, 10, 14, 0, 0, 0, TimeSpan.Zero);

    private readonly CliRunner _cli = new(azurite.ConnectionString);

    [Fact]
    public async Task Articles_List_Shows_The_Day_Newest_First_And_Filters_Relevant()
    {
        var (relevant, unrelated) = await SeedArticlesAsync();

        var all = await ListArticleIdsAsync("articles", "list", "--day", "2025-10-14", "--json");
        Assert.Equal([unrelated.Id, relevant.Id], all);

        Assert.Equal([relevant.Id], await ListArticleIdsAsync("articles", "list", "--day", "2025-10-14", "--relevant", "--json"));
        Assert.Equal([unrelated.Id], await ListArticleIdsAsync("articles", "list", "--day", "2025-10-14", "--take", "1", "--json"));

        var table = await _cli.RunAsync("articles", "list", "--day", "2025-10-14");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Libya and Italy sign agreement to fight migrant smuggling", table.Output, StringComparison.Ordinal);
        Assert.Contains("news.example", table.Output, StringComparison.Ordinal);
        Assert.Contains("2 article(s)", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_Show_Prints_Metadata_Tags_With_Evidence_And_Text()
    {
        var (relevant, _) = await SeedArticlesAsync();

        var run = await _cli.RunAsync("articles", "show", relevant.Id);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Title:        Libya and Italy sign agreement", run.Output, StringComparison.Ordinal);
        Assert.Contains("Italy [italy]", run.Output, StringComparison.Ordinal);
        Assert.Contains("rule ", run.Output, StringComparison.Ordinal);
        Assert.Contains("patrol boats", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_List_Prints_Hostile_Titles_Inert()
    {
        var articles = new ArticleStore(await _cli.OpenStorageAsync(), TimeProvider.System);
        var hostile = CliSeed.Article("unrelated.txt", "https://evil.example/x", s_day.AddHours(2)) with
        {
            Title = "Bread\u001b[2J\u001b]0;owned\u0007 contest\r\nFAKE LINE [red]markup[/]",
        };
        await articles.SaveAsync(hostile);

        var run = await _cli.RunAsync("articles", "list", "--day", "2025-10-14");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u0007', run.Output);
        Assert.Contains("contest FAKE LINE [red]markup[/]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(run.OutputLines, line => line.StartsWith("FAKE LINE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_List_Rejects_A_Malformed_Day()
    {
        var run = await _cli.RunAsync("articles", "list", "--day", "14/10/2025");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Of_Unknown_Ids_Fails_With_A_Message()
    {
        var article = await _cli.RunAsync("articles", "show", "0000missing");
        var cooperationEvent = await _cli.RunAsync("events", "show", "0000missing");

        Assert.Equal((1, 1), (article.ExitCode, cooperationEvent.ExitCode));
        Assert.Contains("No article with id", article.Error, StringComparison.Ordinal);
        Assert.Contains("No event with id", cooperationEvent.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_List_And_Show_Print_The_Stored_Event()
    {
        var storage = await _cli.OpenStorageAsync();
        var stored = new CooperationEvent
        {
            Id = "evt-cli-1",
            Summary = "Libya and Italy sign a memorandum against migrant smuggling",
            WatchedCountry = "libya",
            Types = ["agreement"],
            Domains = ["migrant_smuggling"],
            Partners = ["italy"],
            Date = new DateOnly(2025, 10, 14),
            DateConfidence = 0.9,
            Place = "Tripoli",
            Sources =
            [
                new EventSource("a1", new Uri("https://news.example/a1"), "news.example", "Libya and Italy sign agreement", s_day),
                new EventSource("a2", new Uri("https://wire.example/a2"), "wire.example", "Italy, Libya agree on smuggling", s_day.AddHours(3)),
            ],
            FirstSeen = s_day,
            LastUpdated = s_day.AddHours(3),
            Version = 2,
        };
        await new EventStore(storage).SaveAsync(stored, expectedVersion: null);

        var list = await _cli.RunAsync("events", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("evt-cli-1", list.Output, StringComparison.Ordinal);
        Assert.Contains("Libya and Italy sign a memorandum", list.Output, StringComparison.Ordinal);
        Assert.Contains("2025-10-14", list.Output, StringComparison.Ordinal);

        var json = await _cli.RunAsync("events", "list", "--json");
        using (var document = JsonDocument.Parse(json.Output))
        {
            var only = Assert.Single(document.RootElement.EnumerateArray());
            Assert.Equal(2, only.GetProperty("sources").GetArrayLength());
            Assert.Equal(2, only.GetProperty("version").GetInt32());
        }

        var show = await _cli.RunAsync("events", "show", "evt-cli-1");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Sources (2):", show.Output, StringComparison.Ordinal);
        Assert.Contains("wire.example", show.Output, StringComparison.Ordinal);
        Assert.Contains("Place:        Tripoli", show.Output, StringComparison.Ordinal);
        Assert.Contains("Italy", show.Output, StringComparison.Ordinal);
    }

    private async Task<(StoredArticle Relevant, StoredArticle Unrelated)> SeedArticlesAsync()
    {
        var articles = new ArticleStore(await _cli.OpenStorageAsync(), TimeProvider.System);
        var relevant = (await articles.SaveAsync(CliSeed.Article("cooperation.txt", "https://news.example/libya-italy", s_day.AddHours(8)))).Article;
        var unrelated = (await articles.SaveAsync(CliSeed.Article("unrelated.txt", "https://food.example/bread", s_day.AddHours(15)))).Article;
        Assert.True(relevant.Classification!.Relevant);
        Assert.False(unrelated.Classification!.Relevant);
        return (relevant, unrelated);
    }

    private async Task<string[]> ListArticleIdsAsync(params string[] args)
    {
        var run = await _cli.RunAsync(args);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();
    }
}
