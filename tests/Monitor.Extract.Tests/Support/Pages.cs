using System.Text;

namespace Monitor.Extract.Tests.Support;

/// <summary>Fixture pages from TestData/Pages and generated pages for hostile-input cases.</summary>
internal static class Pages
{
    public static readonly Uri EnglishUrl = new("https://news.harbourwire.example/world/2024/03/coast-guard-drill-zuwara?ref=rss");
    public static readonly Uri ItalianUrl = new("https://cronache.example/esteri/2024/05/22/droga-accordo-roma-tripoli");
    public static readonly Uri WallUrl = new("https://ledger.example/news/2024/06/border-talks");

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Pages", name));

    public static string English => Fixture("coast-guard-drill-en.html");

    public static string Italian => Fixture("cooperazione-antidroga-it.html");

    public static string SubscriberWall => Fixture("subscriber-wall.html");

    /// <summary>A readable article page; <paramref name="head"/> and <paramref name="articleExtra"/> are spliced in verbatim.</summary>
    public static string Article(string head = "", string articleExtra = "")
    {
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><title>Border agencies agree on shared watch list</title>{head}</head>
            <body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article>
            <h1>Border agencies agree on shared watch list</h1>
            <p>Officials from the border agencies of three neighbouring states agreed on Tuesday to keep a shared watch
            list of vehicles suspected of carrying migrants or contraband across the desert crossings in the south.</p>
            <p>The list will be updated weekly by liaison officers stationed at each main crossing point, and checked
            against the registration databases that each country already maintains for commercial lorries.</p>
            <p>Delegates said the arrangement grew out of a pilot run last year, during which several convoys were
            stopped after a tip passed from one side of the border reached patrols on the other side within hours.</p>
            {articleExtra}
            </article>
            <footer>Contact us</footer>
            </body></html>
            """;
    }

    /// <summary>A flat page of <paramref name="count"/> short paragraphs (100,000 makes roughly 7 MB).</summary>
    public static string ManyParagraphs(int count)
    {
        var builder = new StringBuilder(count * 72 + 200);
        builder.Append("<!DOCTYPE html><html><head><title>Flood</title></head><body><article>");
        for (var i = 0; i < count; i++)
            builder.Append("<p>Paragraph of filler text number ").Append(i).Append(" repeated to pad the page out.</p>\n");
        builder.Append("</article></body></html>");
        return builder.ToString();
    }

    /// <summary>An article wrapped in <paramref name="depth"/> nested divs.</summary>
    public static string NestedDivs(int depth)
    {
        var builder = new StringBuilder();
        builder.Append("<!DOCTYPE html><html><head><title>Nested</title></head><body>");
        for (var i = 0; i < depth; i++)
            builder.Append("<div>");
        builder.Append(Article()[Article().IndexOf("<article>", StringComparison.Ordinal)..Article().IndexOf("</article>", StringComparison.Ordinal)]);
        builder.Append("</article>");
        for (var i = 0; i < depth; i++)
            builder.Append("</div>");
        builder.Append("</body></html>");
        return builder.ToString();
    }
}
