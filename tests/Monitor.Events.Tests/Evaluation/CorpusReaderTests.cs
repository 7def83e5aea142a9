using Monitor.Evaluation.Corpus;

namespace Monitor.Events.Tests.Evaluation;

public sealed class CorpusReaderTests
{
    private const string Labels =
        """
        "labels": {"relevant": true, "eventTypes": ["meeting"], "domains": [], "partners": ["EU"], "libyanActors": [], "eventKey": "k", "opinion": false}
        """;

    [Fact]
    public async Task Reads_text_and_html_lines_with_optional_fields()
    {
        var corpus = $$"""
            {"id": "1", "url": null, "title": "T1", "published": null, "text": "plain", {{Labels}}}

            {"id": "2", "url": "https://news.example/a", "title": "T2", "published": "2025-11-01", "html": "<p>x</p>", "watch": "Tunisia", {{Labels}}, "notes": "ignored"}
            """;

        var articles = await CorpusReader.ReadAsync(new StringReader(corpus));

        Assert.Equal(2, articles.Count);
        Assert.Null(articles[0].Published);
        Assert.Equal("plain", articles[0].Text);
        Assert.Equal(3, articles[1].LineNumber);
        Assert.Equal(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero), articles[1].Published);
        Assert.Equal("<p>x</p>", articles[1].Html);
        Assert.Equal("Tunisia", articles[1].Watch);
        Assert.Equal(["EU"], articles[1].Labels.Partners);
        Assert.Equal("k", articles[1].Labels.EventKey);
    }

    [Theory]
    [InlineData("{\"id\": \"2\", \"title\": \"T\", \"text\": \"x\" LABELS", "not valid JSON")]
    [InlineData("{\"id\": \"2\", \"title\": \"T\", LABELS}", "either \"text\" or \"html\"")]
    [InlineData("{\"title\": \"T\", \"text\": \"x\", LABELS}", "\"id\" is required")]
    [InlineData("{\"id\": \"2\", \"title\": \"T\", \"text\": \"x\", \"published\": \"someday\", LABELS}", "\"published\" is not a date")]
    [InlineData("{\"id\": \"2\", \"title\": \"T\", \"text\": \"x\", \"labels\": {\"eventTypes\": []}}", "\"labels.relevant\" is required")]
    [InlineData("{\"id\": \"2\", \"title\": \"T\", \"text\": \"x\", \"labels\": {\"relevant\": true, \"domains\": [1]}}", "\"labels.domains\" must contain only strings")]
    [InlineData("{\"id\": \"1\", \"title\": \"T\", \"text\": \"x\", LABELS}", "already used on line 1")]
    public async Task Errors_name_the_line_and_the_problem(string secondLine, string problem)
    {
        var corpus = $$"""
            {"id": "1", "title": "T1", "text": "plain", {{Labels}}}
            {{secondLine.Replace("LABELS", Labels, StringComparison.Ordinal)}}
            """;

        var error = await Assert.ThrowsAsync<CorpusFormatException>(() => CorpusReader.ReadAsync(new StringReader(corpus), "seeds.jsonl"));

        Assert.Equal(2, error.LineNumber);
        Assert.StartsWith("seeds.jsonl:2: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
