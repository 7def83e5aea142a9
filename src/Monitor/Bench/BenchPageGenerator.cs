using System.Globalization;
using System.Text;

namespace Monitor.Bench;

/// <summary>
/// Generates news pages shaped like real ones (navigation, tickers, related links, comments, inline scripts,
/// JSON-LD) so the benchmark measures extraction and storage on 100-200 KB pages, not on toy HTML.
/// </summary>
internal static class BenchPageGenerator
{
    private static readonly string[] Sentences =
    [
        "Officials from the Libyan Ministry of Interior met a delegation from the European Union border assistance mission in Tripoli on Tuesday.",
        "The two sides discussed training for coast guard crews and the delivery of four patrol boats before the end of the year.",
        "A memorandum signed at the meeting sets out how the agencies will share information on smuggling networks operating along the southern border.",
        "The head of the anti-narcotics agency said seizures of captagon pills had doubled compared with the same period last year.",
        "Representatives of the United Nations Office on Drugs and Crime presented a two-year programme on financial investigations.",
        "Participants agreed to hold a follow-up workshop in Tunis in the spring with prosecutors from five countries.",
        "The programme is funded by the European Union and implemented with the International Organization for Migration.",
        "Local councils in the south asked for more vehicles and communication equipment for border posts near Qatrun and Ghat.",
        "A spokesperson for the coast guard said the new radar stations would cover the approaches to Zuwara and Sabratha.",
        "Analysts note that cooperation has grown steadily since the renewal of the border management dialogue two years ago.",
        "The ministry said the joint committee would meet every quarter to review progress on the agreed action plan.",
        "Customs officers at Misrata port will receive container scanners under the same package of assistance.",
    ];

    private static readonly string[] Sections = ["Politics", "Economy", "Security", "World", "Sport", "Culture", "Opinion", "Video", "Podcasts", "Weather"];

    /// <summary>Builds page <paramref name="index"/> of feed <paramref name="feed"/>; deterministic for a given pair.</summary>
    public static string Page(Uri baseUrl, int feed, int index, int targetBytes = 150_000)
    {
        var random = new Random(HashCode.Combine(feed, index));
        var html = new StringBuilder(targetBytes + 8_192);
        var title = $"Border and coast guard cooperation talks, report {feed}-{index}";
        var published = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddHours(feed * 7 + index);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(title).Append(" | Bench News</title>");
        html.Append("<meta name=\"description\" content=\"").Append(Sentences[index % Sentences.Length]).Append("\">");
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
        var paragraphs = 10 + random.Next(6);
        for (var p = 0; p < paragraphs; p++)
        {
            html.Append("<p>");
            for (var s = 0; s < 4; s++)
            {
                html.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
            }

            html.Append("</p>");
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
            xml.Append("<item><title>Border and coast guard cooperation talks, report ").Append(feed).Append('-').Append(i)
                .Append("</title><link>").Append(link).Append("</link><guid>").Append(link).Append("</guid><pubDate>")
                .Append(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddHours(feed * 7 + i).ToString("r", CultureInfo.InvariantCulture))
                .Append("</pubDate><description>Summary of report ").Append(i).Append("</description></item>");
        }

        xml.Append("</channel></rss>");
        return xml.ToString();
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
