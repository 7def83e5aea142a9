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

    [Theory]
    [InlineData("Libyan police officers graduate from American anti-terror course", "us")]
    [InlineData("Libyan coast guard crews complete Italian naval training", "italy")]
    [InlineData("Libyan border guards welcome Turkish support", "turkey")]
    public void A_Demonym_Qualifying_The_Event_Names_Its_Partner(string title, string partner)
    {
        var result = TestClassifier.Article(title, "The officers received their certificates in a ceremony on Thursday.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == partner);
    }

    [Fact]
    public void A_Demonym_Starting_Another_Phrase_Names_No_Partner()
    {
        var result = TestClassifier.Article(
            "Libya and Malta sign maritime coordination agreement",
            "Libya and Malta signed a memorandum on maritime coordination in Valletta on Wednesday. Opposition MP Karl Grech said the agreement should be published, "
            + "and the officers discussed French experience of cooperation between coast guards.");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.DoesNotContain(result.Partners, p => p.Id is "greece" or "france");
    }

    [Fact]
    public void A_Demonym_Ending_The_Text_Is_Read_Safely()
    {
        // The word after the demonym is the text's last: the look for a hyphen after it must stop at the end.
        var result = TestClassifier.Article("Libyan coast guard receives boats", "The new patrol boats for the Libyan Coast Guard are Turkish built");

        Assert.Contains(result.WatchedActors, a => a.Id == "libya-coastguard");
    }

    [Theory]
    [InlineData("The course was run by the United Nations Office on Drugs and Crime and funded by Japan.", "unodc")]
    [InlineData("The course was funded by Japan.", "un")]
    public void An_Umbrella_Qualifying_An_Event_Stands_For_The_Member_That_Runs_It(string body, string expected)
    {
        var result = TestClassifier.Article("Libyan prosecutors complete UN counter-terror course in Tunis", body);

        Assert.Contains(result.Partners, p => p.Id == expected);
        Assert.Equal(expected == "un", result.Partners.Any(p => p.Id == "un"));
    }
}
