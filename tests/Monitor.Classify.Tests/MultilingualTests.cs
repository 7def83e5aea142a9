using System.Text.Json;
using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// French, Italian and Arabic reports: the watched country's institutions, partners named by a post-nominal adjective
/// ("patrouilleurs italiens", "ministero dell'Interno italiano", "زوارق إيطالية") or by "d'Italie"/"d'Italia", and the
/// cues and domain terms of those languages. Articles live in TestData/Multilingual/articles.jsonl.
/// </summary>
public class MultilingualTests
{
    private static readonly string s_articlesPath = Path.Combine(AppContext.BaseDirectory, "TestData", "Multilingual", "articles.jsonl");

    private static readonly Dictionary<string, MultilingualArticle> s_articles = File.ReadLines(s_articlesPath)
        .Where(line => line.Trim().Length > 0)
        .Select(line => JsonSerializer.Deserialize<MultilingualArticle>(line, JsonSerializerOptions.Web)!)
        .ToDictionary(a => a.Id, StringComparer.Ordinal);

    public static TheoryData<string> ArticleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in s_articles.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Report_Is_Relevant_With_Its_Partner(string id)
    {
        var article = s_articles[id];

        var result = TestClassifier.Article(article.Title, article.Text);

        Assert.True(result.Relevant, $"{id} ({article.Language}) should be relevant");
        Assert.Equal([article.Partner], result.Partners.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Report_Carries_Its_Event_Type_And_Domain(string id)
    {
        var article = s_articles[id];

        var result = TestClassifier.Article(article.Title, article.Text);

        Assert.Equal(article.EventType, result.EventTypes.Select(t => t.Id).FirstOrDefault());
        Assert.Contains(result.Domains, d => d.Id == article.Domain);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Report_Names_The_Watched_Institution(string id)
    {
        var article = s_articles[id];

        var result = TestClassifier.Article(article.Title, article.Text);

        if (article.Actor is null)
        {
            Assert.Empty(result.WatchedActors);
        }
        else
        {
            Assert.Contains(result.WatchedActors, a => a.Id == article.Actor);
        }
    }

    [Theory]
    [InlineData("Plus de 300 migrants partis des côtes libyennes sont arrivés à Lampedusa ce week-end, selon le ministère de l'Intérieur italien.")]
    [InlineData("Il ministero dell'Interno italiano ha pubblicato i dati sugli sbarchi: oltre mille migranti partiti dalla Libia nel mese di marzo.")]
    [InlineData("وصل أكثر من مئتي مهاجر انطلقوا من السواحل الليبية إلى جزيرة لامبيدوزا الإيطالية.")]
    public void Arrival_Figures_Quoting_A_Partner_Ministry_Are_Not_Cooperation(string lead)
    {
        var result = TestClassifier.Article("Lampedusa", lead);

        Assert.False(result.Relevant);
    }

    [Theory]
    [InlineData("ministero dell'Interno italiano")]
    [InlineData("ministère de l'Intérieur français")]
    public void Interior_Ministry_Followed_By_A_Partner_Adjective_Is_The_Partners(string ministry)
    {
        var result = TestClassifier.Article("Sbarchi", $"A Roma il {ministry} ha diffuso i dati sugli sbarchi di migranti partiti dalla Libia.");

        Assert.DoesNotContain(result.WatchedActors, a => a.Id == "libya-moi");
    }

    [Theory]
    [InlineData("الشرطة المالطية", "malta")]
    [InlineData("السفير التشادي", "chad")]
    [InlineData("وزير الداخلية النيجري", "niger")]
    [InlineData("خفر السواحل اليونانية", "greece")]
    [InlineData("السلطات السودانية", "sudan")]
    public void Arabic_Adjective_Of_A_Partner_Country_Names_The_Partner(string body, string partner)
    {
        // Arabic names a foreign body by the country's adjective, masculine or feminine, after the noun.
        var result = TestClassifier.Article(
            "تعاون أمني",
            $"عقد وزير الداخلية الليبي اجتماعا مع {body} في طرابلس لبحث التعاون في مكافحة الهجرة غير الشرعية.");

        Assert.Contains(result.Partners, p => p.Id == partner);
    }

    [Fact]
    public void English_Adjective_Before_A_Working_Vessel_Does_Not_Make_A_Partner()
    {
        // Adjectives after the equipment word name its supplier only in languages that put them there.
        var result = TestClassifier.Article(
            "Libyan Coast Guard boards cargo ship",
            "A Libyan Coast Guard patrol boat and an Italian patrol vessel boarded a cargo ship off Misrata. The Libyan Coast Guard said it seized hashish on board.");

        Assert.DoesNotContain(result.Partners, p => p.Id == "italy");
    }

    private sealed record MultilingualArticle(string Id, string Language, string Title, string Text, string Partner, string EventType, string Domain, string? Actor);
}
