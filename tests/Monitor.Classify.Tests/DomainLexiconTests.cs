using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>The wording real outlets use for each domain, in English, French, Italian and Arabic.</summary>
public class DomainLexiconTests
{
    [Theory]
    [InlineData("narcotics", "shipments of captagon and tramadol pills")]
    [InlineData("narcotics", "cannabis resin and cocaine seizures")]
    [InlineData("migrant_smuggling", "people smugglers and illegal crossings")]
    [InlineData("migrant_smuggling", "human smuggling and the deportation of undocumented migrants")]
    [InlineData("border_security", "border checkpoints and border patrols")]
    [InlineData("organized_crime", "arms traffickers and fuel smugglers")]
    [InlineData("organized_crime", "kidnapping and contraband networks")]
    [InlineData("terrorism", "Daesh cells and extremists")]
    [InlineData("cybercrime", "ransomware and cyber threats")]
    [InlineData("maritime_security", "maritime patrols and maritime surveillance")]
    [InlineData("money_laundering", "hawala networks and illicit funds")]
    public void Recognises_The_Vocabulary_Of_Real_Reports(string domain, string topic)
    {
        var result = TestClassifier.Article(
            "Libya and the EU hold security talks",
            $"Libyan officials met a European Union delegation in Tripoli to discuss cooperation against {topic}.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == domain);
    }

    [Theory]
    [InlineData("narcotics", "La Libye et la France signent un accord de coopération contre le narcotrafic et la résine de cannabis", "La Libye et la France ont signé un accord de coopération à Tripoli.")]
    [InlineData("organized_crime", "Italia e Libia firmano un accordo contro il contrabbando e il traffico di armi", "L'Italia e la Libia hanno firmato un accordo di cooperazione a Roma.")]
    [InlineData("border_security", "ليبيا وتونس توقعان اتفاقية للتعاون في تأمين المعابر الحدودية", "وقعت ليبيا وتونس اتفاقية تعاون في طرابلس.")]
    public void Recognises_Domains_In_Other_Languages(string domain, string title, string text)
    {
        var result = TestClassifier.Article(title, text);

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == domain);
    }

    [Fact]
    public void Medicines_Called_Drugs_Are_Not_Narcotics()
    {
        var result = TestClassifier.Article(
            "Italy funds new paediatric oncology wing in Benghazi",
            "A paediatric oncology wing funded by Italy opened in Benghazi on Tuesday. "
            + "Italian doctors will train Libyan nurses, and the wing has a pharmacy for the preparation of chemotherapy drugs.");

        Assert.DoesNotContain(result.Domains, d => d.Id == "narcotics");
        Assert.False(result.Relevant);
    }

    [Fact]
    public void Terrorist_Financing_Is_Both_Money_Laundering_And_Terrorism()
    {
        var result = TestClassifier.Article(
            "Libya and the UK hold talks on terrorist financing",
            "British and Libyan officials met in Tripoli to discuss cooperation against terrorist financing.");

        Assert.Contains(result.Domains, d => d.Id == "money_laundering");
        Assert.Contains(result.Domains, d => d.Id == "terrorism");
    }

    [Fact]
    public void Words_Inside_A_Partners_Name_Do_Not_Set_The_Domain()
    {
        var result = TestClassifier.Article(
            "United Nations Office on Drugs and Crime trains Libyan investigators on human trafficking",
            "The United Nations Office on Drugs and Crime trained Libyan investigators in Tripoli on human trafficking cases. " +
            "The training course covered the identification of trafficking victims.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == "human_trafficking");
        Assert.DoesNotContain(result.Domains, d => d.Id == "narcotics");
    }

    [Fact]
    public void A_Domain_Named_Once_In_A_Cooperation_Sentence_Is_A_Theme()
    {
        var result = TestClassifier.Article(
            "Libya hosts regional conference on southern border security",
            "Libya hosted ministers from Niger and Chad in Tripoli for a regional conference on securing the southern borders. " +
            "The ministers discussed border patrols along the desert frontier. " +
            "Delegates agreed to build a common database on terrorist networks.");

        Assert.Contains(result.Domains, d => d.Id == "terrorism");
    }

    [Fact]
    public void A_Closely_Implied_Domain_Joins_The_Main_One()
    {
        var result = TestClassifier.Article(
            "Libya and Italy hold talks on migrant smuggling",
            "Libyan and Italian officials met in Tripoli to discuss cooperation against migrant smuggling networks and irregular migration. " +
            "Italy offered warships to support the Libyan units.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.Contains(result.Domains, d => d.Id == "maritime_security");
    }

    [Fact]
    public void A_Short_Item_Whose_Only_Hint_Is_An_Institution_Still_Has_A_Domain()
    {
        var result = TestClassifier.Article(
            "EU hands over vehicles to Libya",
            "The European Union handed over twenty vehicles to the Libyan Border Guard in Tripoli.");

        Assert.True(result.Relevant);
        Assert.Equal(["border_security"], result.Domains.Select(d => d.Id));
    }
}
