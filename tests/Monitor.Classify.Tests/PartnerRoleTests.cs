using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>A partner is a party to the cooperation, not every country the article mentions.</summary>
public class PartnerRoleTests
{
    [Theory]
    [InlineData("hashish comes from Morocco", "morocco")]
    [InlineData("much of the heroin is shipped from Pakistan", "pakistan")]
    [InlineData("most fighters are smuggled from Chad", "chad")]
    [InlineData("many boats are bound for Greece", "greece")]
    public void Origin_Or_Destination_Of_A_Flow_Is_Not_A_Partner(string flow, string country)
    {
        var result = TestClassifier.Article(
            "Libyan anti-narcotics agency and UNODC open course on drug routes",
            $"The Libyan Anti-Narcotics Agency and UNODC opened a training course in Tripoli on Sunday on drug routes. Officials said cooperation in Libya matters because {flow}.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == "unodc");
        Assert.DoesNotContain(result.Partners, p => p.Id == country);
    }

    [Fact]
    public void Rival_Whose_Influence_Is_Discussed_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "Turkey to train Libyan coast guard as Russian influence grows",
            "Turkey will train 300 members of the Libyan coast guard under a security agreement signed in Tripoli on Monday. Analysts say the deal in Libya is meant to counter Russia's presence.");

        Assert.Contains(result.Partners, p => p.Id == "turkey");
        Assert.DoesNotContain(result.Partners, p => p.Id == "russia");
    }

    [Fact]
    public void Organisations_Named_Only_As_Context_Are_Not_Borrowed_By_The_Next_Sentence()
    {
        var result = TestClassifier.Article(
            "EU and Libya sign border management deal",
            "The European Union and Libya signed an agreement on border management in Tripoli on Wednesday. " +
            "The programme will equip the Libyan Border Guard with vehicles and train officers on the southern border. " +
            "NATO has long warned about instability on Europe's southern flank, and the United States has urged elections in Libya.");

        Assert.Contains(result.Partners, p => p.Id == "eu");
        Assert.DoesNotContain(result.Partners, p => p.Id == "nato");
        Assert.DoesNotContain(result.Partners, p => p.Id == "us");
    }

    [Theory]
    [InlineData("Rome and Tripoli signed a new agreement on Monday to fight migrant smuggling across the Mediterranean.", "italy")]
    [InlineData("Ankara will train Libyan special forces in counter-terrorism under a new military cooperation agreement.", "turkey")]
    [InlineData("Valletta and Tripoli agreed on Monday to set up a coordination centre against migrant smuggling at sea.", "malta")]
    public void Capital_Acting_In_The_Cooperation_Stands_For_Its_Government(string lead, string partner)
    {
        var result = TestClassifier.Article("Libya strikes new security deal", lead);

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == partner);
    }

    [Fact]
    public void Capital_Merely_Mentioned_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "Turkey and Libya sign coast guard training deal",
            "Turkey and Libya signed an agreement in Tripoli on Monday to train the Libyan coast guard against migrant smuggling. " +
            "Moscow has deployed military personnel in eastern Libya, while Brussels has faced criticism over its own migration deals with Libya.");

        Assert.Contains(result.Partners, p => p.Id == "turkey");
        Assert.DoesNotContain(result.Partners, p => p.Id == "russia");
        Assert.DoesNotContain(result.Partners, p => p.Id == "eu");
    }

    [Fact]
    public void Countries_Attending_A_Conference_Are_Partners()
    {
        var result = TestClassifier.Article(
            "Mediterranean interior ministers meet in Tripoli on migration",
            "Libya hosted a conference of interior ministers on irregular migration in Tripoli on Sunday, attended by ministers from Italy, Malta, Tunisia and Niger. The participants agreed to coordinate efforts against migrant smuggling.");

        foreach (var id in new[] { "italy", "malta", "tunisia", "niger" })
        {
            Assert.Contains(result.Partners, p => p.Id == id);
        }
    }

    [Theory]
    [InlineData("A delegation from the Russian Ministry of Defence visited Benghazi on Tuesday to discuss counter-terrorism cooperation with the Libyan National Army.", "russia")]
    [InlineData("The Italian Interior Ministry handed over 30 patrol vehicles to the Libyan Ministry of Interior in Tripoli to support border control.", "italy")]
    [InlineData("The Maltese Armed Forces and the Libyan coast guard held a joint search and rescue exercise off Tripoli on Friday.", "malta")]
    [InlineData("The French embassy in Tripoli organised a training session for the Libyan Border Guard on document fraud and border control.", "france")]
    [InlineData("The British Embassy in Tripoli funded a training programme for Libyan police officers on investigating cybercrime.", "uk")]
    public void National_Ministries_Embassies_And_Forces_Resolve_To_Their_State(string lead, string partner)
    {
        var result = TestClassifier.Article("Security cooperation with Libya", lead);

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == partner);
    }

    [Fact]
    public void Partner_Of_A_Denied_Agreement_Or_A_Comparison_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "Libya and Greece agree to curb migrant departures towards Crete",
            "Libya and Greece agreed on Monday to coordinate efforts against migrant smuggling from eastern Libya. " +
            "Unlike Tunisia, Libya has not signed a readmission agreement with the EU.");

        Assert.Contains(result.Partners, p => p.Id == "greece");
        Assert.DoesNotContain(result.Partners, p => p.Id == "eu");
        Assert.DoesNotContain(result.Partners, p => p.Id == "tunisia");
    }

    [Fact]
    public void States_Criticising_The_Programme_In_A_Later_Paragraph_Are_Bystanders()
    {
        var result = TestClassifier.Article(
            "Italy and Libya hold talks on migration",
            "Italian Prime Minister Giorgia Meloni held talks in Tripoli on Wednesday with Libyan Prime Minister Abdul Hamid Dbeibah on migration and border control. " +
            "Meloni has championed similar deals elsewhere. " +
            "France and Germany have questioned the cost of the programme.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == "france");
        Assert.DoesNotContain(result.Partners, p => p.Id == "germany");
    }

    [Theory]
    [InlineData("to cooperate against migrant smuggling from Sahel states such as Niger and Chad", "niger", "chad")]
    [InlineData("to cooperate against the smuggling of migrants from countries including Sudan and Eritrea", "sudan", "eritrea")]
    public void Examples_Of_Where_Migrants_Come_From_Are_Not_Partners(string clause, string first, string second)
    {
        var result = TestClassifier.Article(
            "Libya and Italy agree to curb migration",
            $"Libya and Italy agreed on Monday {clause}, the Libyan Interior Ministry said.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == first);
        Assert.DoesNotContain(result.Partners, p => p.Id == second);
    }

    [Fact]
    public void Delegations_From_Listed_Countries_Are_Partners()
    {
        var result = TestClassifier.Article(
            "Tripoli hosts migration conference",
            "Libya hosted a conference on irregular migration in Tripoli on Sunday, attended by delegations from countries including Italy, Malta and Tunisia, to coordinate action against migrant smuggling.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.Contains(result.Partners, p => p.Id == "malta");
    }

    [Fact]
    public void Host_Of_The_Surrounding_Gathering_Is_Not_A_Party_To_The_Agreement()
    {
        var result = TestClassifier.Article(
            "Libya and Niger sign border security memorandum",
            "Libya and Niger signed a memorandum of understanding on border security in Rome on Thursday, on the sidelines of a migration conference hosted by Italy.");

        Assert.Contains(result.Partners, p => p.Id == "niger");
        Assert.DoesNotContain(result.Partners, p => p.Id == "italy");
    }

    [Fact]
    public void Country_Migrants_Are_Returned_To_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "IOM and Libya repatriate migrants",
            "IOM and the Libyan Department for Combating Illegal Migration repatriated 150 migrants to Niger on Monday under the voluntary return programme, and another flight is planned for migrants deported to Nigeria.");

        Assert.Contains(result.Partners, p => p.Id == "iom");
        Assert.DoesNotContain(result.Partners, p => p.Id == "niger");
        Assert.DoesNotContain(result.Partners, p => p.Id == "nigeria");
    }
}
