using System.Text.Json;
using Monitor.Classify;
using Monitor.Evaluation;
using Monitor.Evaluation.Corpus;
using Monitor.Events.Tests.Support;

namespace Monitor.Events.Tests.Evaluation;

/// <summary>The evaluator's scoring with hand-made classifications, so every number can be worked out by hand.</summary>
public sealed class CorpusEvaluatorTests
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = "us",
        ["DEA"] = "us-dea",
        ["EU"] = "eu",
        ["European Union"] = "eu",
        ["Italy"] = "italy",
    };

    private static readonly DateOnly SigningDay = new(2025, 10, 30);

    // a: gold relevant, agreement, narcotics, [United States, DEA], key K; predicted relevant, agreement, narcotics, [us-dea]
    // b: gold relevant, agreement+meeting, narcotics, [DEA], key K; predicted relevant, agreement, narcotics+organized_crime, [us, us-dea]
    // c: gold relevant opinion, statement_intent, [EU, Atlantis Police], no key; predicted relevant opinion, statement_intent, [eu, unodc]
    // d: gold not relevant; predicted not relevant (its partners do not count)
    // e: gold not relevant; predicted relevant, training, [italy] -> its own event
    private static readonly CorpusArticle[] Corpus =
    [
        Article("a", true, ["agreement"], ["narcotics"], ["United States", "DEA"], "K", opinion: false),
        Article("b", true, ["agreement", "meeting"], ["narcotics"], ["DEA"], "K", opinion: false),
        Article("c", true, ["statement_intent"], [], ["EU", "Atlantis Police"], null, opinion: true),
        Article("d", false, [], [], [], null, opinion: false),
        Article("e", false, [], [], [], null, opinion: false),
    ];

    private static readonly Dictionary<string, Classification> Predictions = new()
    {
        ["a"] = Some.Classification(["us-dea"], ["agreement"], ["narcotics"], SigningDay),
        ["b"] = Some.Classification(["us", "us-dea"], ["agreement"], ["narcotics", "organized_crime"], SigningDay),
        ["c"] = Some.Classification(["eu", "unodc"], ["statement_intent"], mode: ReportMode.Opinion),
        ["d"] = Some.Classification(["italy"], ["training"], relevant: false),
        ["e"] = Some.Classification(["italy"], ["training"], eventDate: SigningDay),
    };

    [Fact]
    public async Task Scores_every_metric_as_worked_out_by_hand()
    {
        var report = await Evaluator().EvaluateAsync(Corpus);

        Assert.Equal(5, report.Documents);
        // relevance: TP a b c, FP e, FN none -> P 3/4, R 1
        Assert.Equal(0.75, report.Relevance.Precision, 10);
        Assert.Equal(1, report.Relevance.Recall, 10);
        // event types: TP a.agreement b.agreement c.statement_intent; FN b.meeting; FP e.training
        // micro P 3/4 R 3/4 F1 3/4; macro: agreement 1, statement_intent 1, meeting 0, training 0 -> 1/2
        Assert.Equal(0.75, report.EventTypes.MicroF1, 10);
        Assert.Equal(0.5, report.EventTypes.MacroF1, 10);
        // domains: TP a.narcotics b.narcotics; FP b.organized_crime -> P 2/3 R 1 F1 4/5; macro (1 + 0) / 2
        Assert.Equal(0.8, report.Domains.MicroF1, 10);
        Assert.Equal(0.5, report.Domains.MacroF1, 10);
        // partners with parents on both sides: a {us, us-dea} vs {us-dea, us} TP 2; b {us-dea, us} vs {us, us-dea} TP 2;
        // c {eu, ?atlantis police} vs {eu, unodc} TP 1 FP 1 FN 1; e FP 1 (italy) -> TP 5 FP 2 FN 1
        Assert.Equal(5.0 / 7, report.Partners.Precision, 10);
        Assert.Equal(5.0 / 6, report.Partners.Recall, 10);
        // clustering: a and b share key K and one predicted event; e alone -> one pair, found -> 1/1
        Assert.Equal(1, report.Clustering.Precision, 10);
        Assert.Equal(1, report.Clustering.Recall, 10);
        // opinion over gold-relevant a, b, c: all right
        Assert.Equal(1, report.OpinionAccuracy, 10);
        Assert.Equal(2, report.Events.Count);
    }

    [Fact]
    public async Task Diagnostics_name_what_was_missed_and_what_was_extra()
    {
        var report = await Evaluator().EvaluateAsync(Corpus);

        var b = report.Articles.Single(a => a.Id == "b");
        Assert.Equal(["meeting"], b.MissedEventTypes);
        Assert.Equal(["organized_crime"], b.ExtraDomains);
        var c = report.Articles.Single(a => a.Id == "c");
        Assert.Equal(["?atlantis police"], c.MissedPartners);
        Assert.Equal(["unodc"], c.ExtraPartners);
        Assert.StartsWith("Skipped", c.Grouping, StringComparison.Ordinal);
        Assert.Contains("[b] line 2", report.ToText(), StringComparison.Ordinal);
        Assert.True(report.Articles.Single(a => a.Id == "d").IsPerfect);
    }

    [Fact]
    public async Task Json_has_exactly_the_contract_shape_with_four_decimals()
    {
        var report = await Evaluator().EvaluateAsync(Corpus);

        using var json = JsonDocument.Parse(report.ToJson());

        var root = json.RootElement;
        Assert.Equal(["documents", "relevance", "eventTypes", "domains", "partners", "clustering", "opinion"], Names(root));
        Assert.Equal(["precision", "recall", "f1"], Names(root.GetProperty("relevance")));
        Assert.Equal(["microF1", "macroF1"], Names(root.GetProperty("eventTypes")));
        Assert.Equal(["microF1", "macroF1"], Names(root.GetProperty("domains")));
        Assert.Equal(["precision", "recall", "f1"], Names(root.GetProperty("partners")));
        Assert.Equal(["pairwisePrecision", "pairwiseRecall", "pairwiseF1"], Names(root.GetProperty("clustering")));
        Assert.Equal(["accuracy"], Names(root.GetProperty("opinion")));
        Assert.Equal(5, root.GetProperty("documents").GetInt32());
        Assert.Equal(0.7143, root.GetProperty("partners").GetProperty("precision").GetDouble());
        Assert.Equal(0.8333, root.GetProperty("partners").GetProperty("recall").GetDouble());
        Assert.DoesNotContain('\n', report.ToJson());
    }

    [Fact]
    public async Task Html_lines_go_through_the_given_extraction()
    {
        var seen = new List<string>();
        var evaluator = new CorpusEvaluator(
            request =>
            {
                seen.Add(request.Text);
                return Some.Classification([], relevant: false);
            },
            _ => null,
            htmlToText: new DelegateHtmlToText((html, url) => $"extracted from {url}"));
        var article = Article("h", false, [], [], [], null, opinion: false) with { Text = null, Html = "<p>x</p>", Url = new Uri("https://news.example/h") };

        await evaluator.EvaluateAsync([article]);

        Assert.Equal(["extracted from https://news.example/h"], seen);
    }

    [Fact]
    public void Default_extraction_strips_tags_scripts_and_entities()
    {
        var text = TagStrippingHtmlToText.Instance.ToText(
            "<html><head><script>var x = 1;</script><style>p{}</style></head><body><p>Libya &amp; EU</p><p>sign <b>deal</b></p></body></html>",
            null);

        Assert.Equal("Libya & EU\n\nsign deal", text);
    }

    private static CorpusEvaluator Evaluator() =>
        new(request => Predictions[request.Title], name => Aliases.GetValueOrDefault(name));

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static CorpusArticle Article(string id, bool relevant, string[] types, string[] domains, string[] partners, string? key, bool opinion) => new()
    {
        Id = id,
        LineNumber = id[0] - 'a' + 1,
        Title = id,
        Text = "text of " + id,
        Published = Some.Day(2025, 10, 31),
        Labels = new GoldLabels
        {
            Relevant = relevant,
            EventTypes = types,
            Domains = domains,
            Partners = partners,
            EventKey = key,
            Opinion = opinion,
        },
    };
}
