using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// Border security needs the border as the object of the cooperation: a border post listed among other workplaces,
/// or a sea border, is a place or a maritime matter.
/// </summary>
public class BorderObjectTests
{
    [Fact]
    public void Border_Posts_Listed_Among_Other_Workplaces_Do_Not_Tag_Border_Security()
    {
        var result = TestClassifier.Article(
            "IOM trains Libyan officers on identifying trafficking victims",
            "IOM trained 30 Libyan officers in Tripoli on Sunday to identify victims of human trafficking. "
            + "The officers work at disembarkation points, detention centres and border posts across the west of the country.");

        Assert.Contains(result.Domains, d => d.Id == "human_trafficking");
        Assert.DoesNotContain(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Kits_For_Use_At_Crossings_And_Seaports_Do_Not_Tag_Border_Security()
    {
        var result = TestClassifier.Article(
            "UNODC donates drug testing kits to Libyan Anti-Narcotics Agency",
            "UNODC handed the Libyan Anti-Narcotics Agency 200 portable drug testing kits on Tuesday in Tripoli. "
            + "The kits are meant for use at border crossings and seaports, where officers test seized powders for cocaine and heroin.");

        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.DoesNotContain(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Border_Guards_Trained_Still_Tag_Border_Security()
    {
        var result = TestClassifier.Article(
            "Germany trains Libyan border guards",
            "Germany trained 40 Libyan border guards in Tripoli this week on document checks at land border crossings.");

        Assert.Contains(result.Domains, d => d.Id == "border_security");
    }

    [Theory]
    [InlineData("Italia e Libia, accordo sulla gestione delle frontiere marittime", "L'Italia e la Libia hanno firmato lunedì a Tripoli un accordo sulla gestione delle frontiere marittime e sul soccorso in mare delle navi in difficoltà.")]
    [InlineData("La France et la Libye coopèrent sur les frontières maritimes", "La France et la Libye ont signé mardi à Tripoli un accord sur la surveillance des frontières maritimes et la sécurité des navires en mer.")]
    [InlineData("Greece and Libya agree on maritime border management", "Greece and Libya signed an agreement in Tripoli on Monday on maritime border management and the safety of shipping at sea.")]
    public void Sea_Borders_Tag_Maritime_Security_Not_Border_Security(string title, string text)
    {
        var result = TestClassifier.Article(title, text);

        Assert.Contains(result.Domains, d => d.Id == "maritime_security");
        Assert.DoesNotContain(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Sea_Crossings_Tag_Migrant_Smuggling_Not_Border_Security()
    {
        var result = TestClassifier.Article(
            "Malta and Libya discuss central Mediterranean crossings",
            "Maltese and Libyan officials met in Tripoli on Wednesday to discuss the rise in central Mediterranean crossings and sea crossings by small boats from the western coast.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.DoesNotContain(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void French_Elliptical_List_Of_Traffickers_Names_Human_Trafficking()
    {
        var result = TestClassifier.Article(
            "Le ministre libyen de l'Intérieur reçoit son homologue nigérien",
            "Le ministre libyen de l'Intérieur a reçu lundi à Tripoli son homologue nigérien. "
            + "Selon lui, la zone frontalière est devenue un couloir pour les trafiquants d'armes, de drogue et d'êtres humains.");

        Assert.Contains(result.Domains, d => d.Id == "human_trafficking");
        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.Contains(result.Partners, p => p.Id == "niger");
    }
}
