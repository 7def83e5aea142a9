using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>The sentence that says what talks were about names the event's domains even after the lead.</summary>
public class TopicSentenceDomainTests
{
    private const string Lead = "The interior ministers of Libya and Tunisia met in Djerba on Monday and agreed to open a joint police office at the Ras Ajdir crossing. Officials from both ministries attended.";

    [Fact]
    public void Subject_Of_Talks_After_The_Lead_Is_A_Domain()
    {
        var result = TestClassifier.Article(
            "Libyan and Tunisian ministers meet over border crossing",
            $"{Lead} The two ministers discussed smuggling of fuel and goods across the border.");

        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
    }

    [Fact]
    public void Subject_Of_An_Earlier_Meeting_Is_No_Domain()
    {
        var result = TestClassifier.Article(
            "Libyan and Tunisian ministers meet over border crossing",
            $"{Lead} In 2018 the two ministers discussed cybercrime at a meeting in Tunis.");

        Assert.DoesNotContain(result.Domains, d => d.Id == "cybercrime");
    }

    [Fact]
    public void Subject_Listed_Deep_In_A_Long_Report_Is_No_Domain()
    {
        var result = TestClassifier.Article(
            "Libyan and Tunisian ministers meet over border crossing",
            $"{Lead} The ministers toured the post. They inspected new scanners at the gate. Customs staff presented their figures. The council also discussed cybercrime.");

        Assert.DoesNotContain(result.Domains, d => d.Id == "cybercrime");
    }

    [Theory]
    [InlineData("Par la rédaction | 5 mai 2026\n\n")]
    [InlineData("")]
    public void Why_The_Parties_Met_Names_The_Event_Domains_After_A_Byline(string byline)
    {
        var result = TestClassifier.Article(
            "La Libye et le Niger renforcent la surveillance de leur frontière",
            $"{byline}La Libye et le Niger ont convenu lundi à Niamey de créer des postes de contrôle communs le long de leur frontière. Les deux ministres se sont entretenus pendant trois heures. " +
            "Le ministre nigérien a déclaré que le désert servait de passage aux trafiquants d'armes ainsi qu'aux groupes jihadistes.");

        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
        Assert.Contains(result.Domains, d => d.Id == "terrorism");
    }
}
