using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>A conference abroad where the watched country is one delegation among many.</summary>
public class GatheringParticipationTests
{
    private const string Lead =
        "Valletta (Malta), 3 March 2026 - Ministers and senior officials from ten Mediterranean countries opened a two-day regional conference on "
        + "migrant smuggling and maritime security on Tuesday, organised by the Government of Malta and UNODC.\n\n"
        + "The conference discussed joint investigations, the exchange of information between coast guards and support for victims of trafficking.\n\n"
        + "Speakers stressed that smuggling networks adapt quickly to every new patrol.\n\n";

    [Fact]
    public void A_Delegation_Named_Late_Takes_Part_In_The_Gathering_The_Lead_Reports()
    {
        var result = Conference("The Libyan delegation was led by the Deputy Minister of Interior, while Tunisia was represented by its Secretary of State for Security.");

        Assert.True(result.Relevant, $"score {result.Score}");
        Assert.Contains(result.EventTypes, t => t.Id == "conference");
        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.Contains(result.Partners, p => p.Id == "unodc");
        Assert.DoesNotContain(result.Partners, p => p.Id == "tunisia");
    }

    [Fact]
    public void A_Country_Only_Discussed_At_The_Gathering_Takes_No_Part()
    {
        var result = Conference("Several speakers said departures from Libya had risen, and called for more support to countries of transit.");

        Assert.False(result.Relevant, $"score {result.Score}");
    }

    private static Classification Conference(string lastParagraph) =>
        TestClassifier.Article("Malta hosts regional conference on migrant smuggling", Lead + lastParagraph, new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero));
}
