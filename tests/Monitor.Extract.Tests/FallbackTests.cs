using Monitor.Extract.Tests.Support;

namespace Monitor.Extract.Tests;

public sealed class FallbackTests
{
    private const string FeedContent =
        "<p>Delegations from the border services met in Ghat to review the shared watch list.</p><p>A second meeting is planned.</p>";

    private readonly ArticleExtractor _extractor = new(new ExtractionOptions());

    [Fact]
    public async Task Login_Wall_Falls_Back_To_Feed_Content_With_Reason()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.WallUrl, Pages.SubscriberWall)
        {
            FallbackTitle = "Border services review watch list",
            FallbackHtml = FeedContent,
        });

        Assert.Equal(ExtractionSource.FeedFallback, article.Source);
        Assert.Equal(ExtractionErrorKind.NotReadable, article.ErrorKind);
        Assert.False(string.IsNullOrWhiteSpace(article.Error));
        Assert.Equal("Border services review watch list", article.Title);
        Assert.Equal(
            "Delegations from the border services met in Ghat to review the shared watch list.\n\nA second meeting is planned.",
            article.Text);
        Assert.DoesNotContain("Sign in", article.Text);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public async Task Unreadable_Page_Without_Feed_Content_Has_No_Text_And_An_Error()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.WallUrl, Pages.SubscriberWall));

        Assert.Equal(ExtractionSource.None, article.Source);
        Assert.Equal(ExtractionErrorKind.NotReadable, article.ErrorKind);
        Assert.Equal(string.Empty, article.Text);
        Assert.Equal(string.Empty, article.Html);
        Assert.Contains("No feed content", article.Error);
        Assert.Equal("Subscribers only", article.Title);
    }

    [Fact]
    public async Task Empty_Page_Without_Anything_Is_Untitled_With_Typed_Error()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.WallUrl, "   "));

        Assert.Equal(ExtractionSource.None, article.Source);
        Assert.Equal(ExtractionErrorKind.EmptyInput, article.ErrorKind);
        Assert.Equal("(untitled)", article.Title);
    }

    [Fact]
    public async Task Feed_Content_That_Sanitises_To_Nothing_Is_No_Fallback()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.WallUrl, Pages.SubscriberWall)
        {
            FallbackHtml = "<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe>",
        });

        Assert.Equal(ExtractionSource.None, article.Source);
        Assert.Equal(string.Empty, article.Text);
    }

    [Fact]
    public async Task Parse_Over_Time_Budget_Is_Abandoned_With_Timeout_Error()
    {
        // 1 ms cannot hold a parse of several thousand paragraphs; the budget, not the page, is what fails here.
        var extractor = new ArticleExtractor(new ExtractionOptions { ParseTimeout = TimeSpan.FromMilliseconds(1) });

        var article = await extractor.ExtractAsync(new ExtractRequest(Pages.EnglishUrl, Pages.ManyParagraphs(5_000))
        {
            FallbackHtml = FeedContent,
        });

        Assert.Equal(ExtractionErrorKind.Timeout, article.ErrorKind);
        Assert.Equal(ExtractionSource.FeedFallback, article.Source);
        Assert.StartsWith("Delegations from the border services", article.Text, StringComparison.Ordinal);
    }
}
