using System.Globalization;
using System.Text;

namespace Monitor.Bench;

/// <summary>
/// Generates news pages shaped like real ones (navigation, tickers, related links, comments, inline scripts,
/// JSON-LD) so the benchmark measures extraction and storage on 100-200 KB pages, not on toy HTML.
/// </summary>
internal static class BenchPageGenerator
{
    private static readonly string[] Sections = ["Politics", "Economy", "Security", "World", "Sport", "Culture", "Opinion", "Video", "Podcasts", "Weather"];

    /// <summary>Pages run from 100 KB to 200 KB, like the article pages of large news sites.</summary>
    public const int MinPageBytes = 100_000;

    public const int MaxPageBytes = 200_000;

    /// <summary>
    /// Builds page <paramref name="index"/> of feed <paramref name="feed"/>, deterministic for a given pair, of
    /// <paramref name="targetBytes"/> or, when 0, a size between <see cref="MinPageBytes"/> and <see cref="MaxPageBytes"/>.
    /// </summary>
    public static string Page(Uri baseUrl, int feed, int index, int targetBytes = 0)
    {
        // A fixed seed (HashCode.Combine is randomised per process) keeps pages identical across runs.
        var random = new Random((feed * 7919) + index);
        if (targetBytes <= 0)
        {
            targetBytes = random.Next(MinPageBytes, MaxPageBytes);
        }

        var html = new StringBuilder(targetBytes + 8_192);
        var story = BenchStory.For(feed, index);
        var title = story.Title;
        var published = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddHours(feed * 7 + index);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(title).Append(" | Bench News</title>");
        html.Append("<meta name=\"description\" content=\"").Append(story.Sentences[0]).Append("\">");
        html.Append("<link rel=\"canonical\" href=\"").Append(new Uri(baseUrl, $"articles/{feed}/{index}.html")).Append("\">");
        html.Append("<meta property=\"article:published_time\" content=\"").Append(published.ToString("O", CultureInfo.InvariantCulture)).Append("\">");
        html.Append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"").Append(title)
            .Append("\",\"datePublished\":\"").Append(published.ToString("O", CultureInfo.InvariantCulture)).Append("\"}</script>");
        AppendScript(html, random, 6_000);
        html.Append("<style>").Append(string.Concat(Enumerable.Repeat(".nav a{color:#333;padding:4px}.card{margin:8px;border:1px solid #eee}", 40))).Append("</style>");
        html.Append("</head><body><header class=\"site-header\"><nav class=\"menu\"><ul>");
        foreach (var section in Sections)
        {
            html.Append("<li><a href=\"/section/").Append(section.ToLowerInvariant()).Append("\">").Append(section).Append("</a><ul>");
            for (var i = 0; i < 8; i++)
            {
                html.Append("<li><a href=\"/section/").Append(section.ToLowerInvariant()).Append('/').Append(i).Append("\">").Append(section).Append(" topic ").Append(i).Append("</a></li>");
            }

            html.Append("</ul></li>");
        }

        html.Append("</ul></nav><div class=\"ticker\">");
        for (var i = 0; i < 15; i++)
        {
            html.Append("<a href=\"/breaking/").Append(i).Append("\">Breaking: market update number ").Append(i).Append("</a> ");
        }

        html.Append("</div></header><main><article class=\"story\"><h1>").Append(title).Append("</h1>");
        html.Append("<p class=\"byline\">By Bench Correspondent, ").Append(published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</p>");
        foreach (var paragraph in story.Sentences.Chunk(4))
        {
            html.Append("<p>").AppendJoin(' ', paragraph).Append("</p>");
        }

        html.Append("</article><aside class=\"related\"><h2>Related</h2><ul>");
        for (var i = 0; i < 40; i++)
        {
            html.Append("<li class=\"card\"><a href=\"/articles/related/").Append(i).Append("\"><img src=\"/img/").Append(i)
                .Append(".jpg\" alt=\"\">Related story ").Append(i).Append(" about regional affairs and markets</a></li>");
        }

        html.Append("</ul></aside><section class=\"comments\"><h2>Comments</h2>");
        var comment = 0;
        while (html.Length < targetBytes - 12_000)
        {
            html.Append("<div class=\"comment\"><span class=\"author\">reader").Append(comment).Append("</span><p>")
                .Append("I have followed this for years and I think the situation is more complicated than it looks. Comment ")
                .Append(comment++).Append(".</p><a href=\"/reply/").Append(comment).Append("\">Reply</a></div>");
        }

        html.Append("</section></main><footer><ul>");
        for (var i = 0; i < 30; i++)
        {
            html.Append("<li><a href=\"/about/").Append(i).Append("\">Footer link ").Append(i).Append("</a></li>");
        }

        html.Append("</ul></footer>");
        AppendScript(html, random, 8_000);
        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>An RSS feed of <paramref name="items"/> pages; ETag-stable for a given feed.</summary>
    public static string Feed(Uri baseUrl, int feed, int items)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench feed ").Append(feed)
            .Append("</title><link>").Append(baseUrl).Append("</link><description>Benchmark feed</description>");
        for (var i = 0; i < items; i++)
        {
            var link = new Uri(baseUrl, $"articles/{feed}/{i}.html");
            xml.Append("<item><title>").Append(BenchStory.For(feed, i).Title)
                .Append("</title><link>").Append(link).Append("</link><guid>").Append(link).Append("</guid><pubDate>")
                .Append(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddHours(feed * 7 + i).ToString("r", CultureInfo.InvariantCulture))
                .Append("</pubDate><description>Summary of report ").Append(i).Append("</description></item>");
        }

        xml.Append("</channel></rss>");
        return xml.ToString();
    }

    /// <summary>
    /// Plain article text of about <paramref name="targetChars"/> characters for the classifier benchmark, with the
    /// same mix of stories as the pages, so both the relevant and the discarded paths are exercised.
    /// </summary>
    public static (string Title, string Text) ArticleText(int seed, int targetChars = 5_000)
    {
        var story = BenchStory.For(seed / 25, seed % 25);
        var text = new StringBuilder(targetChars + 256);
        for (var i = 0; text.Length < targetChars; i++)
        {
            text.Append(story.Sentences[i % story.Sentences.Count]).Append(i % 4 == 3 ? "\n\n" : " ");
        }

        return (story.Title, text.ToString());
    }

    private static void AppendScript(StringBuilder html, Random random, int bytes)
    {
        html.Append("<script>window.dataLayer=window.dataLayer||[];");
        var start = html.Length;
        while (html.Length - start < bytes)
        {
            html.Append("dataLayer.push({event:'slot").Append(random.Next(1000)).Append("',size:[300,250],targeting:{section:'security'}});");
        }

        html.Append("</script>");
    }
}
