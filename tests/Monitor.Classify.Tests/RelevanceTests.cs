using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

public class RelevanceTests
{
    [Theory]
    [InlineData("Libya's oil output rises as NOC signs deal with Eni",
        "Libya's National Oil Corporation signed an agreement with Italy's Eni to develop offshore gas fields. Production rose to 1.3 million barrels a day, the Libyan oil ministry said.")]
    [InlineData("UN envoy meets Libyan leaders on election timetable",
        "The UN envoy met Libyan political leaders in Tripoli to discuss the election law and a timetable for presidential and parliamentary elections. Libya's House of Representatives is expected to vote next month.")]
    [InlineData("Libya beats Tunisia in World Cup qualifier",
        "Libya's national football team beat Tunisia 2-1 in Benghazi on Friday. The Libyan coach praised the cooperation between his players and thanked the fans.")]
    [InlineData("Libyan police arrest drug dealers in Misrata",
        "Libyan police arrested five suspected drug dealers in Misrata and seized a large quantity of hashish, the Interior Ministry said. The suspects were referred to the Attorney General.")]
    [InlineData("Italy and Tunisia sign pact against migrant smuggling",
        "Italy and Tunisia signed an agreement in Tunis to strengthen cooperation against migrant smuggling. Italian and Tunisian officials said departures from Sfax had fallen. The deal includes training for the Tunisian coast guard and new patrol boats.")]
    [InlineData("WHO and Libya sign health cooperation plan",
        "The World Health Organization and Libya's Ministry of Health signed a cooperation plan in Tripoli to strengthen vaccination campaigns and hospital care. WHO will supply medicines to Libyan clinics.")]
    [InlineData("Greece and Egypt boost coast guard cooperation",
        "Greece and Egypt agreed to strengthen coast guard cooperation against migrant smuggling in the eastern Mediterranean. Greek and Egyptian officials met in Athens. Greece and Egypt will hold joint exercises and share information on smuggling networks. The two countries also discussed energy links, tourism and the situation in Libya.")]
    [InlineData("Greek coast guard seizes captagon on ship that sailed from Benghazi",
        "The Greek coast guard seized 2.6 million captagon pills aboard a cargo ship that had sailed from the Libyan port of Benghazi, acting on a tip-off from the Greek drug enforcement service.")]
    [InlineData("Maltese navy intercepts hashish shipment",
        "The Maltese navy intercepted a fishing boat carrying two tonnes of hashish that had departed from Tobruk, the armed forces said. Three crew members were arrested.")]
    [InlineData("Libya and WHO launch measles vaccination campaign",
        "Libya's Ministry of Health, with the support of the World Health Organization, launched a vaccination campaign against measles on Monday. "
        + "More than two million children are to be vaccinated. Mobile teams will visit schools and health centres. "
        + "The campaign will also reach remote areas and communities hosting displaced people and migrants.")]
    [InlineData("Libya and Egypt sign sports cooperation memorandum",
        "Libya and Egypt signed a memorandum on cooperation in sport and youth in Cairo on Sunday. "
        + "\"Sport is a bridge between two peoples who share a border and a passion for football,\" the Egyptian minister said.")]
    public void Hard_Negatives_Are_Not_Relevant(string title, string text)
    {
        var result = TestClassifier.Article(title, text);

        Assert.False(result.Relevant, $"score {result.Score}");
        Assert.Empty(result.EventTypes);
        Assert.Empty(result.Partners);
        Assert.True(result.Score < 0.5);
    }

    [Theory]
    [InlineData("Turkey donates ambulances to Libya's health ministry",
        "Turkey handed over twenty ambulances to Libya's Ministry of Health in Tripoli on Monday. The vehicles will serve hospitals in the south. Turkish and Libyan officials attended the ceremony at the port. The Turkish ambassador recalled the two countries' earlier agreements on security and maritime jurisdiction and said cooperation against migrant smuggling would continue.")]
    [InlineData("Libyan and Tunisian traders meet at Sfax business forum",
        "Some five hundred Libyan and Tunisian business people met in Sfax on Wednesday at a trade forum backed by both governments. Talks focused on food, construction and logistics. Speakers said trade had grown by a third in two years. Several exporters complained that repeated closures of the Ras Ajdir border crossing had cost them dearly.")]
    public void Cooperation_On_Another_Subject_Is_Not_Security_Cooperation_Because_A_Late_Paragraph_Mentions_Security(string title, string text)
    {
        // The late paragraph alone would make the security subject: the event's own sentences must carry it.
        var result = TestClassifier.Article(title, text);

        Assert.False(result.Relevant, $"score {result.Score}");
    }

    [Fact]
    public void A_Delegation_Back_From_A_Watched_City_Still_Reports_Cooperation_There()
    {
        var result = TestClassifier.Article(
            "EU delegation back from talks on border security",
            "A European Union delegation returned from Tripoli on Monday after two days of talks on border security and migrant smuggling.");

        Assert.True(result.Relevant, $"score {result.Score}");
        Assert.Contains(result.Partners, p => p.Id == "eu");
    }

    [Fact]
    public void The_Same_Security_Words_In_The_Lead_Make_The_Cooperation_About_Security()
    {
        var result = TestClassifier.Article(
            "Turkey and Libya hold talks in Tripoli",
            "Turkish and Libyan officials met in Tripoli on Monday to step up cooperation against migrant smuggling. They also discussed hospitals and trade.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
    }

    [Fact]
    public void A_Specialised_Partner_Tells_The_Subject_When_Nothing_Else_Does()
    {
        // The EUDA works on drugs alone, as its taxonomy entry says: naming it names the subject.
        var result = TestClassifier.Article(
            "Libya signs working arrangement with EU drugs agency",
            "Libya's Ministry of Interior signed a working arrangement with the European Union Drugs Agency in Lisbon on Wednesday.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == "narcotics");
    }

    [Fact]
    public void Security_Cooperation_With_The_Watched_Country_Is_Relevant_With_Evidence()
    {
        const string text = "The Libyan Coast Guard and Italy's Guardia di Finanza held a joint exercise off Zuwara on maritime security and migrant smuggling.";
        var result = TestClassifier.Article("Libyan and Italian coast guards train together", text);

        Assert.True(result.Relevant);
        Assert.InRange(result.Score, 0.5, 1.0);
        Assert.Contains(result.Partners, p => p.Id == "italy");
        var evidence = result.Partners[0].Evidence[0];
        if (!evidence.InTitle)
        {
            Assert.Equal(evidence.Sentence, text.Substring(evidence.Start, evidence.Length));
        }
    }
}
