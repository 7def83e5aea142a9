using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

public class PartnerTests
{
    [Fact]
    public void Agency_Is_Reported_With_Its_State()
    {
        var result = TestClassifier.Article(
            "Libya signs narcotics memorandum with the DEA",
            "Libya's General Directorate for Combating Narcotics signed a memorandum of understanding with the U.S. Drug Enforcement Administration to fight drug trafficking.");

        Assert.Contains(result.Partners, p => p.Id == "us-dea");
        Assert.Contains(result.Partners, p => p.Id == "us");
        Assert.Contains(result.WatchedActors, a => a.Id == "libya-ana");
    }

    [Fact]
    public void Former_Name_Emcdda_Resolves_To_Euda()
    {
        var result = TestClassifier.Article(
            "Libyan drug experts visit the EMCDDA",
            "A Libyan delegation from the anti-narcotics agency visited the EMCDDA in Lisbon to discuss drug monitoring and narcotics data.");

        Assert.Contains(result.Partners, p => p.Id == "euda");
    }

    [Theory]
    [InlineData("fr", "La Libye et l'Union européenne signent un accord contre le trafic de migrants",
        "La Libye et l'Union européenne ont signé un accord de coopération à Tripoli pour lutter contre le trafic de migrants et l'immigration clandestine.", "eu")]
    [InlineData("it", "Italia e Libia firmano un accordo contro il traffico di migranti",
        "L'Italia e la Libia hanno firmato un memorandum d'intesa a Roma per la cooperazione contro il traffico di migranti e l'immigrazione clandestina.", "italy")]
    [InlineData("ar", "ليبيا والاتحاد الأوروبي يوقعان مذكرة تفاهم لمكافحة الهجرة غير الشرعية",
        "وقعت ليبيا والاتحاد الأوروبي مذكرة تفاهم في طرابلس للتعاون في مكافحة الهجرة غير الشرعية وتهريب المهاجرين.", "eu")]
    public void Partner_And_Country_Names_Are_Recognised_In_Other_Languages(string language, string title, string text, string partner)
    {
        var result = TestClassifier.Article(title, text);

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == partner);
        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.Equal(language, result.Language);
    }

    [Fact]
    public void Country_Named_As_The_Venue_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "UNODC and Libya hold workshop on human trafficking",
            "UNODC, in collaboration with Libya's Ministry of Interior, organized a meeting in Cairo, Egypt on human trafficking investigations.");

        Assert.Contains(result.Partners, p => p.Id == "unodc");
        Assert.DoesNotContain(result.Partners, p => p.Id == "egypt");
        Assert.Equal("Cairo", result.Place?.Name);
    }

    [Fact]
    public void Watching_Another_Country_Makes_Libya_A_Partner()
    {
        var result = TestClassifier.Article(
            "Tunisia and Libya agree joint border patrols against smuggling",
            "Tunisia's Interior Ministry and Libya agreed to launch joint patrols on the border to fight smuggling and terrorism.",
            watch: "tunisia");

        Assert.True(result.Relevant);
        Assert.Equal("tunisia", result.WatchedCountry);
        Assert.Contains(result.Partners, p => p.Id == "libya");
    }
}
