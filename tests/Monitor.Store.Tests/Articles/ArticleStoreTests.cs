using Monitor.Store.Articles;
using Monitor.Store.Tests.Support;
using Monitor.Testing;

namespace Monitor.Store.Tests.Articles;

[Collection("Azurite")]
public sealed class ArticleStoreTests(AzuriteFixture azurite)
{
    private async Task<(ArticleStore Store, MonitorStorage Storage)> CreateAsync(TimeProvider? time = null)
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return (new ArticleStore(storage, time ?? TimeProvider.System), storage);
    }

    private static async Task<int> CountAsync(Azure.Data.Tables.TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Saving_The_Same_Message_Twice_Leaves_One_Article()
    {
        var (store, storage) = await CreateAsync();
        var article = Some.Article();

        var first = await store.SaveAsync(article);
        var second = await store.SaveAsync(article);

        Assert.Equal(ArticleSaveOutcome.Created, first.Outcome);
        Assert.Equal(ArticleSaveOutcome.Updated, second.Outcome);
        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal(1, await CountAsync(storage.Articles));
        Assert.Equal(article.Text, await store.GetTextAsync(first.Article.Id));
    }

    [Fact]
    public async Task Url_Variants_Of_One_Article_Are_Stored_Once()
    {
        var (store, storage) = await CreateAsync();
        var path = "/world/" + Guid.NewGuid().ToString("N");
        var text = Some.Paragraphs(3, "variants");
        string[] variants =
        [
            $"https://outlet.example.com{path}",
            $"https://OUTLET.Example.com{path}?utm_source=rss&utm_medium=feed",
            $"https://outlet.example.com:443{path}/#section-2",
            $"https://outlet.example.com{path}?fbclid=XYZ",
        ];

        var ids = new List<string>();
        foreach (var url in variants)
        {
            ids.Add((await store.SaveAsync(Some.Article(url, text: text))).Article.Id);
        }

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await CountAsync(storage.Articles));
        var found = await store.FindByUrlAsync(new Uri(variants[1]));
        Assert.Equal(ids[0], found?.Id);
        Assert.Equal(new Uri($"https://outlet.example.com{path}"), found?.CanonicalUrl);
    }

    [Fact]
    public async Task Page_Canonical_Link_On_The_Same_Site_Keys_The_Article_And_Both_Urls_Find_It()
    {
        var (store, _) = await CreateAsync();
        var canonical = new Uri("https://www.outlet.example.com/story/" + Guid.NewGuid().ToString("N"));
        var fetched = new Uri("https://outlet.example.com/amp/" + Guid.NewGuid().ToString("N"));

        var saved = await store.SaveAsync(Some.Article(fetched.AbsoluteUri) with { CanonicalUrl = canonical });

        Assert.Equal(ArticleKeys.IdFor(canonical), saved.Article.Id);
        Assert.Equal(saved.Article.Id, (await store.FindByUrlAsync(fetched))?.Id);
        Assert.Equal(saved.Article.Id, (await store.FindByUrlAsync(canonical))?.Id);
        Assert.True(await store.ContainsUrlAsync(fetched));
        Assert.True(await store.ContainsUrlAsync(canonical));
    }

    [Fact]
    public async Task A_Url_Claimed_By_A_Save_That_Never_Wrote_Its_Row_Is_Not_Contained()
    {
        var (store, storage) = await CreateAsync();
        var url = new Uri("https://outlet.example.com/story/" + Guid.NewGuid().ToString("N"));
        var saved = await store.SaveAsync(Some.Article(url.AbsoluteUri));
        await foreach (var row in storage.Articles.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            if (row.RowKey.EndsWith(saved.Article.Id, StringComparison.Ordinal))
            {
                await storage.Articles.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }

        Assert.False(await store.ContainsUrlAsync(url));
        Assert.False(await store.ContainsUrlAsync(new Uri("https://nowhere.example.com/x")));
    }

    [Fact]
    public async Task Page_Canonical_Link_To_Another_Site_Is_Not_Trusted_As_Key()
    {
        var (store, _) = await CreateAsync();
        var fetched = new Uri("https://outlet.example.com/story/" + Guid.NewGuid().ToString("N"));

        var saved = await store.SaveAsync(Some.Article(fetched.AbsoluteUri) with { CanonicalUrl = new Uri("https://rival.example.net/their-story") });

        Assert.Equal(ArticleKeys.IdFor(fetched), saved.Article.Id);
    }

    [Fact]
    public async Task Syndicated_Copy_Points_To_The_First_Copy_Without_Storing_Text_Again()
    {
        var (store, storage) = await CreateAsync();
        var text = Some.Paragraphs(4, "syndication");
        var original = await store.SaveAsync(Some.Article("https://agency.example.com/wire/1", text: text));

        var copy = await store.SaveAsync(Some.Article("https://reprint.example.net/news/agency-story", text: "  " + text.ToUpperInvariant() + "\n"));

        Assert.Equal(ArticleSaveOutcome.Duplicate, copy.Outcome);
        Assert.Equal(original.Article.Id, copy.Article.DuplicateOf);
        var copyRow = await storage.Articles.QueryAsync<Azure.Data.Tables.TableEntity>($"Id eq '{copy.Article.Id}'").FirstAsync();
        Assert.True(string.IsNullOrEmpty(copyRow.GetString("Text")));
        Assert.True(string.IsNullOrEmpty(copyRow.GetString("TextBlob")));
        Assert.Equal(text, await store.GetTextAsync(copy.Article.Id));
        Assert.Equal(original.Article.Id, (await store.GetAsync(copy.Article.Id))!.DuplicateOf);
    }

    [Fact]
    public async Task Short_Identical_Texts_Are_Not_Treated_As_Syndication()
    {
        var (store, _) = await CreateAsync();

        await store.SaveAsync(Some.Article(text: "Read more."));
        var second = await store.SaveAsync(Some.Article(text: "Read more."));

        Assert.Equal(ArticleSaveOutcome.Created, second.Outcome);
        Assert.Null(second.Article.DuplicateOf);
    }

    [Fact]
    public async Task A_70_KB_Article_Goes_To_Blob_Storage_And_Reads_Back_Intact()
    {
        var (store, storage) = await CreateAsync();
        var paragraph = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "long-article.txt"));
        var text = string.Concat(Enumerable.Range(1, 100).Select(i => $"[{i}] {paragraph}\n"));
        var html = "<article>" + string.Concat(text.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) + "</article>";
        const string rawHtml = "<html><body><p>raw page</p></body></html>";
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) > 70_000);

        var saved = await store.SaveAsync(Some.Article(text: text) with { Html = html }, rawHtml);

        var read = await store.GetAsync(saved.Article.Id);
        Assert.Equal(text, read!.Text);
        Assert.Equal(html, read.Html);
        Assert.Equal(text.Length, read.TextLength);
        Assert.Equal(rawHtml, await store.GetRawHtmlAsync(saved.Article.Id));
        var blobs = await storage.ArticleBlobs.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, saved.Article.Id + "/", CancellationToken.None).Select(b => b.Name).ToListAsync();
        Assert.Equal([$"{saved.Article.Id}/content.html", $"{saved.Article.Id}/raw.html.gz", $"{saved.Article.Id}/text.txt"], blobs.Order());
    }

    [Fact]
    public async Task Small_Text_Stays_Inline()
    {
        var (store, storage) = await CreateAsync();

        var saved = await store.SaveAsync(Some.Article());

        Assert.Empty(await storage.ArticleBlobs.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, saved.Article.Id + "/", CancellationToken.None).ToListAsync());
        Assert.Equal(saved.Article.Text, (await store.GetAsync(saved.Article.Id))!.Text);
    }

    [Theory]
    [InlineData("https://outlet.example.com/a/b/c?x=1/2#frag")]
    [InlineData("https://outlet.example.com/back%5Cslash/%23hash/%3Fquestion")]
    [InlineData("https://outlet.example.com/ctrl%00%01%1F%7F/tab%09")]
    [InlineData("https://outlet.example.com/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7/%F0%9F%98%80")]
    public async Task Urls_With_Characters_Forbidden_In_Keys_Are_Stored_And_Found(string url)
    {
        var (store, _) = await CreateAsync();
        var uri = new Uri(url);

        var saved = await store.SaveAsync(Some.Article(url) with { FeedId = "feed/with\\odd#chars?\u0001" });

        var found = await store.FindByUrlAsync(uri, includeContent: true);
        Assert.Equal(saved.Article.Id, found?.Id);
        Assert.Equal(uri, found!.Url);
        Assert.Equal("feed/with\\odd#chars?\u0001", found.FeedId);
        Assert.Equal(saved.Article.Text, found.Text);
    }

    [Fact]
    public async Task ListByDay_Returns_The_Day_Newest_First()
    {
        var (store, _) = await CreateAsync();
        var day = new DateOnly(2025, 3, 14);
        var times = new[] { 9, 17, 3, 12 }.Select(h => new DateTimeOffset(2025, 3, 14, h, 0, 0, TimeSpan.Zero)).ToList();
        foreach (var time in times)
        {
            await store.SaveAsync(Some.Article(published: time));
        }

        await store.SaveAsync(Some.Article(published: new DateTimeOffset(2025, 3, 15, 1, 0, 0, TimeSpan.Zero)));

        var listed = await store.ListByDayAsync(day, take: 10);
        Assert.Equal(times.OrderDescending(), listed.Select(a => a.Published!.Value));
        Assert.Equal(times.OrderDescending().Take(2), (await store.ListByDayAsync(day, take: 2)).Select(a => a.Published!.Value));
        Assert.All(listed, a => Assert.Null(a.Text));
    }

    [Fact]
    public async Task ListRecent_Spans_Days_Newest_First_And_Files_Future_Dates_At_Fetch_Time()
    {
        var now = new DateTimeOffset(2025, 3, 14, 18, 0, 0, TimeSpan.Zero);
        var (store, _) = await CreateAsync(new FixedTimeProvider(now));
        var today = await store.SaveAsync(Some.Article(published: now.AddHours(-2)));
        var yesterday = await store.SaveAsync(Some.Article(published: now.AddDays(-1)));
        var old = await store.SaveAsync(Some.Article(published: now.AddDays(-5)));
        var future = await store.SaveAsync(Some.Article() with { Published = now.AddDays(30), FetchedAt = now.AddHours(-1) });

        var recent = await store.ListRecentAsync(days: 2, take: 10);

        Assert.Equal([future.Article.Id, today.Article.Id, yesterday.Article.Id], recent.Select(a => a.Id));
        Assert.DoesNotContain(old.Article.Id, recent.Select(a => a.Id));
    }

    [Fact]
    public async Task UpdateClassification_Sets_It_And_A_Repeated_Save_Keeps_It()
    {
        var (store, _) = await CreateAsync();
        var article = Some.Article();
        var saved = await store.SaveAsync(article);
        var classification = Some.Classification();

        Assert.True(await store.UpdateClassificationAsync(saved.Article.Id, classification, "event-1"));
        await store.SaveAsync(article);

        var read = await store.GetAsync(saved.Article.Id, includeContent: false);
        Assert.Equal("event-1", read!.EventId);
        Assert.Equivalent(classification, read.Classification, strict: true);
        Assert.False(await store.UpdateClassificationAsync("0000", classification, null));
    }

    [Fact]
    public async Task ListAll_Streams_Every_Article_With_Text_On_Request()
    {
        var (store, _) = await CreateAsync();
        var saved = new List<ArticleSaveResult>();
        for (var day = 0; day < 3; day++)
        {
            saved.Add(await store.SaveAsync(Some.Article(published: Some.Noon.AddDays(day)) with { Classification = Some.Classification() }));
        }

        var all = await store.ListAllAsync(includeText: true).ToListAsync();

        Assert.Equal(saved.Select(s => s.Article.Id).Order(), all.Select(a => a.Id).Order());
        Assert.All(all, a => Assert.Equal(saved.Single(s => s.Article.Id == a.Id).Article.Text, a.Text));
        Assert.All(all, a => Assert.Equal("test-1", a.Classification?.TaxonomyVersion));
    }

    [Fact]
    public async Task Get_And_Find_Return_Null_For_Unknown_Articles()
    {
        var (store, _) = await CreateAsync();

        Assert.Null(await store.GetAsync("ffffffffffffffffffffffffffffffff"));
        Assert.Null(await store.GetTextAsync("ffffffffffffffffffffffffffffffff"));
        Assert.Null(await store.FindByUrlAsync(new Uri("https://nowhere.example.com/x")));
    }
}
