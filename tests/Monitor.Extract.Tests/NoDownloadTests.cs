using System.Net.Sockets;
using Monitor.Extract.Tests.Support;

namespace Monitor.Extract.Tests;

public sealed class NoDownloadTests
{
    [Fact]
    public async Task Extraction_Never_Requests_Images_Stylesheets_Frames_Or_Scripts_Of_The_Page()
    {
        using var recorder = new ConnectionRecorder();
        var head = $"""
            <link rel="stylesheet" href="{recorder.Url("/site.css")}">
            <style>@import url("{recorder.Url("/imported.css")}");</style>
            <meta property="og:image" content="{recorder.Url("/lead.jpg")}">
            <script src="{recorder.Url("/app.js")}"></script>
            """;
        var extra = $"""
            <p><img src="{recorder.Url("/inline.jpg")}" alt="Patrol boat"></p>
            <iframe src="{recorder.Url("/frame.html")}"></iframe>
            <p style="background-image: url('{recorder.Url("/bg.png")}')">Liaison officers will rotate every six months.</p>
            """;
        var extractor = new ArticleExtractor(new ExtractionOptions());

        var article = await extractor.ExtractAsync(new ExtractRequest(recorder.Url("/story"), Pages.Article(head, extra))
        {
            FallbackHtml = extra,
        });

        Assert.Equal(ExtractionSource.Page, article.Source);
        Assert.Equal(recorder.Url("/lead.jpg"), article.LeadImage);
        Assert.Equal(0, recorder.Connections);

        // Control: a connection is counted, so the zero above means nothing was fetched.
        using (var client = new TcpClient())
            await client.ConnectAsync(recorder.BaseUrl.Host, recorder.BaseUrl.Port);
        await WaitUntilAsync(() => recorder.Connections == 1);
        Assert.Equal(1, recorder.Connections);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(20);
    }
}
