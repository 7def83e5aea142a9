using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Bare smuggling words are migrant smuggling only when people are what is smuggled.</summary>
public class SmuggledGoodsTests
{
    [Theory]
    [InlineData("Officers learned how smugglers conceal cocaine and cannabis resin in containers and false hulls.")]
    [InlineData("The smuggling networks move hashish and tramadol pills through the eastern ports.")]
    public void Smugglers_Of_Drugs_Are_Not_Migrant_Smuggling(string sentence)
    {
        var result = TestClassifier.Article(
            "Libyan customs officers complete Italian course on drug interdiction",
            $"Twenty Libyan customs officers completed a course on drug interdiction run by Italy's Guardia di Finanza on Thursday. {sentence}");

        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.DoesNotContain(result.Domains, d => d.Id == "migrant_smuggling");
    }

    [Fact]
    public void Smugglers_With_Nothing_Smuggled_Named_Still_Make_A_Cooperation_Headline_About_Migrant_Smuggling()
    {
        var result = TestClassifier.Article("Malta and Libya agree on joint action against smugglers", string.Empty);

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.Contains(result.Partners, p => p.Id == "malta");
    }

    [Fact]
    public void Smuggling_Of_Fuel_And_Goods_Is_Organised_Crime_Not_Migrant_Smuggling()
    {
        var result = TestClassifier.Article(
            "Libya and Tunisia agree to curb smuggling at border crossing",
            "The interior ministers of Libya and Tunisia met at the Ras Ajdir border crossing on Tuesday and agreed to act against smugglers of fuel and cigarettes. They will share information on smuggling networks that operate on both sides of the border.");

        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
        Assert.DoesNotContain(result.Domains, d => d.Id == "migrant_smuggling");
    }

    [Fact]
    public void Smugglers_With_Migrants_In_The_Sentence_Are_Migrant_Smuggling()
    {
        var result = TestClassifier.Article(
            "Italy and Libya agree to act against smugglers",
            "Italy and Libya signed an agreement in Tripoli on Monday to act together against smugglers who send migrants to sea in overcrowded boats.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
    }

    [Fact]
    public void Smuggling_Named_Alone_Counts_When_The_Article_Is_About_Migrants()
    {
        var result = TestClassifier.Article(
            "Malta and Libya sign pact against smuggling",
            "Malta and Libya signed a memorandum in Valletta on Thursday to fight smuggling networks together. Departures of migrants from the western coast have doubled this year, officials said.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
    }

    [Fact]
    public void Smuggling_Networks_Named_With_Nothing_Smuggled_Are_No_Subject()
    {
        var result = TestClassifier.Article(
            "Libya and Egypt agree to act against smuggling networks",
            "Libyan and Egyptian interior ministers signed an agreement in Benghazi on Sunday to act against smuggling networks and share intelligence on wanted persons.");

        Assert.DoesNotContain(result.Domains, d => d.Id == "migrant_smuggling");
    }

    [Fact]
    public void Money_Laundering_By_A_Trafficking_Network_Is_Also_Organised_Crime()
    {
        var result = TestClassifier.Article(
            "Libya and Italy open joint financial investigation",
            "Libyan and Italian financial investigators agreed in Rome on Tuesday to open a joint investigation into money laundering by a trafficking network. The network moved its proceeds through exchange offices and hawala dealers.");

        Assert.Contains(result.Domains, d => d.Id == "money_laundering");
        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
    }

    [Fact]
    public void Smugglers_Among_Rescued_Passengers_Are_Migrant_Smuggling()
    {
        var result = TestClassifier.Article(
            "Maltese and Libyan patrols rescue 140 people",
            "The Armed Forces of Malta and the Libyan Coast Guard jointly rescued 140 people north of Zuwara on Wednesday. Two smugglers were arrested among the passengers.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
    }
}
