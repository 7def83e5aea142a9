using System.Text.Json;
using Monitor.Feeds;
using Monitor.Testing;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

[Collection("Azurite")]
public sealed class FeedsCommandTests(AzuriteFixture azurite)
{
    private readonly CliRunner _cli = new(azurite.ConnectionString);

    [Fact]
    public async Task Add_List_Export_Remove_Import_Round_Trips_The_Subscriptions()
    {
        Assert.Equal(0, (await _cli.RunAsync("feeds", "add", "https://news.example/rss.xml", "--title", "Example News")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("feeds", "add", "https://wire.example/atom")).ExitCode);

        var again = await _cli.RunAsync("feeds", "add", "https://NEWS.example/rss.xml");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Already subscribed", again.Output, StringComparison.Ordinal);

        var listed = await ListAsync();
        Assert.Equal(["https://news.example/rss.xml", "https://wire.example/atom"], listed.Select(f => f.Url).Order().ToArray());
        Assert.Equal("Example News", listed.Single(f => f.Url.Contains("news", StringComparison.Ordinal)).Title);

        var table = await _cli.RunAsync("feeds", "list");
        Assert.Contains("Example News", table.Output, StringComparison.Ordinal);
        Assert.Contains("https://wire.example/atom", table.Output, StringComparison.Ordinal);

        var exportFile = Path.Combine(CliTestData.NewTempDirectory(), "feeds.opml");
        Assert.Equal(0, (await _cli.RunAsync("feeds", "export", "--out", exportFile)).ExitCode);
        var stdoutExport = await _cli.RunAsync("feeds", "export");
        Assert.Equal(await File.ReadAllTextAsync(exportFile), stdoutExport.Output);

        var wireId = FeedId.For(new Uri("https://wire.example/atom"));
        Assert.Equal(0, (await _cli.RunAsync("feeds", "remove", "https://news.example/rss.xml")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("feeds", "remove", wireId)).ExitCode);
        Assert.Empty(await ListAsync());

        var import = await _cli.RunAsync("feeds", "import", exportFile);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("2 added", import.Output, StringComparison.Ordinal);
        var reimported = await ListAsync();
        Assert.Equal(listed.Select(f => (f.Id, f.Url)).Order(), reimported.Select(f => (f.Id, f.Url)).Order());
        Assert.Contains(reimported, f => f.Title == "Example News");

        var importAgain = await _cli.RunAsync("feeds", "import", exportFile);
        Assert.Contains("0 added, 2 already subscribed", importAgain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Defaults_Subscribes_To_The_Bundled_List()
    {
        var run = await _cli.RunAsync("feeds", "import", "--defaults");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DefaultFeeds.Load().Select(f => f.Url.AbsoluteUri).Order(), (await ListAsync()).Select(f => f.Url).Order());
    }

    [Theory]
    [InlineData("ftp://files.example/feed.xml")]
    [InlineData("not a url")]
    [InlineData("/relative/feed.xml")]
    public async Task Add_With_An_Invalid_Url_Fails_With_A_Message_And_No_Stack_Trace(string url)
    {
        var run = await _cli.RunAsync("feeds", "add", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not an http or https URL", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Monitor.", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Connection_String_Option_Overrides_The_Configured_Storage()
    {
        // Azurite's published development account, on a port where nothing listens.
        const string Unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";
        var cli = new CliRunner(Unreachable);

        var down = await cli.RunAsync("feeds", "list");
        var overridden = await cli.RunAsync("feeds", "list", "--connection-string", azurite.ConnectionString);

        Assert.Equal(1, down.ExitCode);
        Assert.Contains("Storage request failed", down.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", down.Error, StringComparison.Ordinal);
        Assert.Equal(0, overridden.ExitCode);
        Assert.Contains("No feeds.", overridden.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_Of_An_Unknown_Feed_Fails_With_A_Message()
    {
        var run = await _cli.RunAsync("feeds", "remove", "https://nowhere.example/feed");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No feed with id or URL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Of_A_File_That_Is_Not_Opml_Fails_With_A_Message()
    {
        var file = Path.Combine(CliTestData.NewTempDirectory(), "feeds.opml");
        await File.WriteAllTextAsync(file, "<rss><channel><title>not opml</title></channel></rss>");

        var run = await _cli.RunAsync("feeds", "import", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Not a readable OPML file", run.Error, StringComparison.Ordinal);
    }

    private async Task<List<(string Id, string Url, string? Title)>> ListAsync()
    {
        var run = await _cli.RunAsync("feeds", "list", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.EnumerateArray()
            .Select(f => (
                f.GetProperty("id").GetString()!,
                f.GetProperty("url").GetString()!,
                f.TryGetProperty("title", out var title) ? title.GetString() : null))
            .ToList();
    }
}
