using Monitor.Extract.Tests.Support;

namespace Monitor.Extract.Tests;

public sealed class ArticleExtractorTests
{
    private readonly ArticleExtractor _extractor = new(new ExtractionOptions());

    [Fact]
    public async Task English_Page_Yields_Article_Body_Without_Navigation_Comments_Or_Scripts()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.EnglishUrl, Pages.English));

        Assert.Equal(ExtractionSource.Page, article.Source);
        Assert.Null(article.Error);
        Assert.Null(article.ErrorKind);
        Assert.Contains("rehearsing a mass-casualty rescue about forty nautical miles north of Zuwara", article.Text);
        Assert.Contains("independent monitoring", article.Text);
        Assert.Contains("survivors & the injured", article.Text);
        Assert.DoesNotContain("Weather", article.Text);
        Assert.DoesNotContain("Great article, first!", article.Text);
        Assert.DoesNotContain("Derby ends in a goalless draw", article.Text);
        Assert.DoesNotContain("trackingPixel", article.Text);
        Assert.DoesNotContain("All rights reserved", article.Text);
        Assert.DoesNotContain("<script", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", article.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task English_Page_Metadata_Comes_From_Canonical_Link_And_Open_Graph()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.EnglishUrl, Pages.English)
        {
            FallbackTitle = "Feed title",
            FallbackPublished = new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero),
        });

        Assert.Equal("Libyan and Maltese coast guards rehearse joint rescue off Zuwara", article.Title);
        Assert.Contains("Amira Benhalim", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal(new Uri("https://news.harbourwire.example/world/2024/03/coast-guard-drill-zuwara"), article.CanonicalUrl);
        Assert.Equal(new Uri("https://cdn.harbourwire.example/img/2024/03/drill-lead.jpg"), article.LeadImage);
        Assert.False(string.IsNullOrWhiteSpace(article.Excerpt));
    }

    [Fact]
    public async Task Italian_Page_Takes_Date_From_Json_Ld_And_Language_From_Html()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.ItalianUrl, Pages.Italian));

        Assert.Equal(ExtractionSource.Page, article.Source);
        Assert.Equal("Droga, accordo tra Roma e Tripoli per lo scambio di informazioni", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 18, 5, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("it", article.Language);
        Assert.Null(article.CanonicalUrl);
        Assert.Null(article.LeadImage);
        Assert.Contains("le autorità libiche hanno firmato a Roma", article.Text);
        Assert.Contains("«Le rotte del narcotraffico", article.Text);
        Assert.DoesNotContain("Prima pagina", article.Text);
        Assert.DoesNotContain("mario_r", article.Text);
        Assert.DoesNotContain("_cookieWall", article.Text);
        Assert.DoesNotContain("Elezioni, i sondaggi", article.Text);
    }

    [Fact]
    public async Task Text_Has_One_Paragraph_Per_Block_Separated_By_Blank_Lines()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.ItalianUrl, Pages.Italian));

        var paragraphs = article.Text.Split("\n\n");
        Assert.True(paragraphs.Length >= 4, $"expected at least 4 paragraphs, got {paragraphs.Length}");
        Assert.All(paragraphs, p =>
        {
            Assert.Equal(p.Trim(), p);
            Assert.NotEmpty(p);
            Assert.DoesNotContain("  ", p);
            Assert.DoesNotContain('\n', p);
            Assert.DoesNotContain("&egrave;", p);
        });
        Assert.Contains(paragraphs, p => p.StartsWith("Secondo fonti del Viminale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_Without_Title_Uses_Feed_Title()
    {
        var html = Pages.Article().Replace("<title>Border agencies agree on shared watch list</title>", string.Empty, StringComparison.Ordinal)
            .Replace("<h1>Border agencies agree on shared watch list</h1>", string.Empty, StringComparison.Ordinal);

        var article = await _extractor.ExtractAsync(new ExtractRequest(new Uri("https://example.org/a"), html)
        {
            FallbackTitle = "  Watch list agreed\r\n at border ",
        });

        Assert.Equal(ExtractionSource.Page, article.Source);
        Assert.Equal("Watch list agreed at border", article.Title);
    }

    [Fact]
    public async Task Page_Without_Date_Uses_Feed_Date()
    {
        var published = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

        var article = await _extractor.ExtractAsync(new ExtractRequest(new Uri("https://example.org/a"), Pages.Article())
        {
            FallbackPublished = published,
        });

        Assert.Equal(published, article.Published);
    }

    [Fact]
    public async Task Og_Url_Is_Used_When_There_Is_No_Canonical_Link_And_Non_Web_Urls_Are_Dropped()
    {
        var head = """
            <link rel="canonical" href="javascript:alert(1)">
            <meta property="og:url" content="http://example.org/story">
            <meta property="og:image" content="data:image/png;base64,AAAA">
            """;

        var article = await _extractor.ExtractAsync(new ExtractRequest(new Uri("https://example.org/s?x=1"), Pages.Article(head)));

        Assert.Equal(new Uri("http://example.org/story"), article.CanonicalUrl);
        Assert.Null(article.LeadImage);
    }

    [Fact]
    public async Task Cancelled_Caller_Gets_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _extractor.ExtractAsync(new ExtractRequest(Pages.EnglishUrl, Pages.English), cancellation.Token));
    }
}
