using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

public class EventTypeTests
{
    [Theory]
    [InlineData("agreement", "Libya and Italy sign memorandum on migrant smuggling",
        "Libya's Interior Ministry and Italy signed a memorandum of understanding in Rome to fight migrant smuggling networks. The agreement covers information exchange.")]
    [InlineData("visit", "Libyan coast guard delegation visits Frontex headquarters",
        "A delegation of the Libyan Coast Guard paid an official visit to Frontex in Warsaw to discuss maritime security and border surveillance.")]
    [InlineData("meeting", "Libyan interior minister meets EU ambassador on border security",
        "The Libyan Minister of Interior met the EU ambassador in Tripoli and held talks on border security and the fight against smugglers.")]
    [InlineData("training", "Italian experts train Libyan border guards",
        "Italian police instructors trained forty Libyan border guards in document fraud detection during a two-week training course on border control in Tripoli.")]
    [InlineData("joint_operation", "Libyan and Tunisian forces conduct joint patrols on the border",
        "Libyan and Tunisian security forces carried out joint patrols along the border near Ras Jedir against fuel and arms smuggling, Tunisian officials said.")]
    [InlineData("aid_equipment", "EU donates patrol vehicles to Libyan border guards",
        "The European Union donated twenty patrol vehicles and communications equipment to the Libyan Border Guard to strengthen border security in the south.")]
    [InlineData("conference", "Libya takes part in UNODC conference on drug trafficking",
        "A Libyan delegation attended a regional conference organised by UNODC in Vienna on cooperation against drug trafficking and organized crime.")]
    public void Reports_The_Event_Type_Of_The_Headline(string expected, string title, string text)
    {
        var result = TestClassifier.Article(title, text);

        Assert.True(result.Relevant);
        Assert.Equal(expected, result.EventTypes[0].Id);
        Assert.NotEmpty(result.EventTypes[0].Evidence);
    }

    [Fact]
    public void Statement_Of_Intent_Is_Reported_For_Commentary_On_Prospects()
    {
        var result = TestClassifier.Article(
            "Libya and Europol: prospects for closer cooperation against smugglers",
            "In my view, Libya should deepen its cooperation with Europol on migrant smuggling. Such a partnership could give Libyan investigators access to analysis they badly need. " +
            "Unfortunately, progress has been slow, and the authorities must decide soon. A joint approach would look very promising for both sides. " +
            "Europol could share intelligence on smuggling networks, and Libya could offer data from its own border posts. It is clear that both sides would gain.");

        Assert.True(result.Relevant);
        Assert.Equal(ReportMode.Opinion, result.Mode);
        Assert.Equal(["statement_intent"], result.EventTypes.Select(e => e.Id));
        Assert.Contains(result.Partners, p => p.Id == "europol");
    }

    [Fact]
    public void Earlier_Visit_Named_In_Passing_Does_Not_Become_The_Event()
    {
        var result = TestClassifier.Article(
            "Libya and the United States sign anti-drug memorandum",
            "Libya's anti-narcotics agency and the US Drug Enforcement Administration signed a memorandum of understanding on drug trafficking. " +
            "The memorandum provides for intelligence exchange against narcotics networks. " +
            "The signing follows a series of contacts, including a Libyan delegation visit to AFRICOM headquarters last year and a conference in Washington in 2023.");

        Assert.Equal(["agreement"], result.EventTypes.Select(e => e.Id));
        Assert.DoesNotContain(result.Partners, p => p.Id == "us-africom");
    }

    [Fact]
    public void Future_Signing_Is_An_Announcement()
    {
        var result = TestClassifier.Article(
            "Libya and Malta to sign maritime security agreement next week",
            "Libya and Malta will sign an agreement next week on maritime security and search and rescue coordination, the Libyan foreign ministry said.");

        Assert.True(result.Relevant);
        Assert.Equal(ReportMode.Announcement, result.Mode);
    }

    [Fact]
    public void An_Agreement_Cited_As_The_Framework_Of_A_Handover_Is_Not_The_Event()
    {
        var result = TestClassifier.Article(
            "Vessels handed over under military cooperation agreement, Turkish ministry says",
            "Turkey handed over two patrol boats to the Libyan Coast Guard in Tripoli on Thursday to fight migrant smuggling at sea. " +
            "\"Within the framework of the military training and cooperation agreement between Turkey and Libya, two patrol boats were delivered to the Libyan Coast Guard today,\" a ministry spokesman said.");

        Assert.Equal(["aid_equipment"], result.EventTypes.Select(e => e.Id));
    }

    [Fact]
    public void An_Offer_To_Train_Is_A_Statement_Of_Intent_Not_A_Training()
    {
        var result = TestClassifier.Article(
            "Russia offers counter-terrorism help to Libya",
            "Russia is prepared to train Libyan security personnel in counter-terrorism and to share intelligence on extremist groups, Russia's ambassador to Libya said on Tuesday.");

        Assert.Equal(["statement_intent"], result.EventTypes.Select(e => e.Id));
    }

    [Theory]
    [InlineData("Libya and Niger agree on joint border patrols", "Libya and Niger agreed on Tuesday to launch joint patrols along their desert border against smuggling and terrorism.")]
    [InlineData("Libya and Niger agree joint border patrols after security committee talks in Tripoli", "Libya and Niger agreed on Tuesday to start joint patrols on their desert border and to open a coordination room, at the end of a meeting of their joint security committee in Tripoli. The Libyan side was led by an Interior Ministry undersecretary, while Niger's delegation was headed by its interior minister, who arrived in the capital on Monday for the talks.")]
    [InlineData("Niamey et Tripoli s'accordent sur des patrouilles conjointes", "Le Niger et la Libye ont signé mardi un protocole qui prévoit des patrouilles conjointes à la frontière contre le terrorisme et la contrebande.")]
    public void Agreeing_To_Joint_Patrols_Is_An_Agreement_Not_Yet_An_Operation(string title, string lead)
    {
        var result = TestClassifier.Article(title, lead);

        Assert.Contains(result.EventTypes, e => e.Id == "agreement");
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "joint_operation");
    }

    [Fact]
    public void Talks_That_End_In_An_Agreement_Are_Still_A_Meeting()
    {
        var result = TestClassifier.Article(
            "Libyan and Tunisian interior ministers agree steps at Ras Ajdir",
            "The interior ministers of Libya and Tunisia met on Tuesday at the Ras Ajdir border crossing and agreed on a series of measures to tighten security and curb smuggling.");

        Assert.Contains(result.EventTypes, e => e.Id == "meeting");
    }

    [Fact]
    public void A_Step_Announced_For_Later_Also_States_An_Intent()
    {
        var result = TestClassifier.Article(
            "UAE to train Libyan police in cybercrime investigation from next month",
            "The UAE Ministry of Interior will begin training Libyan police officers in cybercrime investigation next month, officials of the two countries said.");

        Assert.Equal(ReportMode.Announcement, result.Mode);
        Assert.Contains(result.EventTypes, e => e.Id == "statement_intent");
    }

    [Theory]
    [InlineData("EU delegation holds talks in Benghazi on migration", "A European Union delegation held talks in Benghazi on Tuesday with officials of the eastern government on migrant smuggling and border management.")]
    [InlineData("AFRICOM deputy commander meets Libyan officers in Sirte", "The deputy commander of US Africa Command met Libyan military officers from east and west in Sirte on Monday to discuss counter-terrorism cooperation.")]
    [InlineData("حماد يبحث مع وفد أوروبي في بنغازي ملف الهجرة", "بحث رئيس الحكومة أسامة حماد مع وفد من الاتحاد الأوروبي في بنغازي، أمس الثلاثاء، ملف الهجرة غير الشرعية وتأمين الحدود ومكافحة تهريب البشر.")]
    public void A_Partner_Delegation_In_Talks_In_A_Libyan_City_Is_Also_A_Visit(string title, string lead)
    {
        var result = TestClassifier.Article(title, lead);

        Assert.Contains(result.EventTypes, e => e.Id == "meeting");
        Assert.Contains(result.EventTypes, e => e.Id == "visit");
    }

    [Fact]
    public void Talks_With_A_Resident_Ambassador_Are_No_Visit()
    {
        var result = TestClassifier.Article(
            "وزير الداخلية يبحث مع السفير المصري تأمين الحدود",
            "بحث وزير الداخلية مع السفير المصري في طرابلس، أمس الأحد، تأمين الحدود المشتركة ومكافحة التهريب والهجرة غير الشرعية.");

        Assert.Contains(result.EventTypes, e => e.Id == "meeting");
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "visit");
    }
}
