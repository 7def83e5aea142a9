using Monitor.Extract.Tests.Support;

namespace Monitor.Extract.Tests;

public sealed class HostileInputTests
{
    private static readonly Uri s_url = new("https://example.org/hostile");

    [Fact]
    public async Task Seven_Megabyte_Page_With_100000_Paragraphs_Is_Refused_Before_Parsing_For_Its_Elements()
    {
        var html = Pages.ManyParagraphs(100_000);
        Assert.True(html.Length > 7_000_000);
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxInputBytes = 16 * 1024 * 1024 });

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pending = extractor.ExtractAsync(new ExtractRequest(s_url, html));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // Refused synchronously by the preflight scan: no DOM was built, so allocation stays far below the page size.
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
        var article = await pending;
        Assert.Equal(ExtractionErrorKind.TooManyElements, article.ErrorKind);
        Assert.Equal(ExtractionSource.None, article.Source);
    }

    [Fact]
    public async Task Seven_Megabyte_Page_Is_Refused_For_Size_With_Default_Limits()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions());

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, Pages.ManyParagraphs(100_000)));

        Assert.Equal(ExtractionErrorKind.InputTooLarge, article.ErrorKind);
    }

    [Fact]
    public async Task Elements_Implied_By_The_Parser_Count_Toward_The_Limit()
    {
        // Exactly at the preflight budget, but the parser adds <html>, <head> and <body>: the DOM count trips.
        var html = string.Concat(Enumerable.Repeat("<p>Paragraph about patrols along the coast and the southern border.</p>", 50));
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxElemsToParse = 50 });

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, html));

        Assert.Equal(ExtractionErrorKind.TooManyElements, article.ErrorKind);
    }

    [Fact]
    public async Task Page_Over_MaxInputBytes_Falls_Back_To_Feed_Content()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxInputBytes = 2_000 });

        var article = await extractor.ExtractAsync(new ExtractRequest(Pages.EnglishUrl, Pages.English)
        {
            FallbackHtml = "<p>Short feed summary of the coast guard drill.</p>",
        });

        Assert.Equal(ExtractionErrorKind.InputTooLarge, article.ErrorKind);
        Assert.Equal(ExtractionSource.FeedFallback, article.Source);
        Assert.Equal("Short feed summary of the coast guard drill.", article.Text);
    }

    [Fact]
    public async Task Byte_Limit_Counts_Utf8_Bytes_Not_Characters()
    {
        // 900 Arabic letters are 900 chars but 1,800 UTF-8 bytes.
        var html = "<html><body><p>" + new string('\u0644', 900) + "</p></body></html>";
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxInputBytes = 1_500 });

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, html));

        Assert.Equal(ExtractionErrorKind.InputTooLarge, article.ErrorKind);
    }

    [Fact]
    public async Task Deeply_Nested_Divs_Are_Refused_With_Typed_Error()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions());

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, Pages.NestedDivs(20_000)));

        Assert.Equal(ExtractionErrorKind.TooDeeplyNested, article.ErrorKind);
        Assert.Equal(ExtractionSource.None, article.Source);
    }

    [Fact]
    public async Task Moderately_Nested_Article_Is_Still_Extracted()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions());

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, Pages.NestedDivs(200)));

        Assert.Equal(ExtractionSource.Page, article.Source);
        Assert.Contains("shared watch list", article.Text);
    }

    [Fact]
    public async Task A_Thousand_Unclosed_Paragraphs_Do_Not_Count_As_Nesting()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Unclosed paragraph about the crossing points and patrols", 1_000));
        var extractor = new ArticleExtractor(new ExtractionOptions());

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, $"<html><body><article>{body}</article></body></html>"));

        Assert.NotEqual(ExtractionErrorKind.TooDeeplyNested, article.ErrorKind);
        Assert.Equal(ExtractionSource.Page, article.Source);
    }

    [Fact]
    public async Task Markup_Inside_Scripts_Does_Not_Count_As_Elements()
    {
        var script = "<script>var t = '" + string.Concat(Enumerable.Repeat("<div>", 30_000)) + "';</script>";
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxInputBytes = 4 * 1024 * 1024 });

        var article = await extractor.ExtractAsync(new ExtractRequest(s_url, Pages.Article(head: script)));

        Assert.Equal(ExtractionSource.Page, article.Source);
    }

    [Theory]
    [InlineData(0, 20_000, 512, 5_000)]
    [InlineData(1_000, 0, 512, 5_000)]
    [InlineData(1_000, 20_000, 0, 5_000)]
    [InlineData(1_000, 20_000, 512, 0)]
    public void Options_That_Disable_A_Limit_Are_Rejected(int maxBytes, int maxElems, int maxDepth, int timeoutMs)
    {
        var options = new ExtractionOptions
        {
            MaxInputBytes = maxBytes,
            MaxElemsToParse = maxElems,
            MaxNestingDepth = maxDepth,
            ParseTimeout = TimeSpan.FromMilliseconds(timeoutMs),
        };

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new ArticleExtractor(options));
    }
}
