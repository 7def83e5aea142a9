using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Cue families for event types, denials, page furniture and commentary labels.</summary>
public class EventCueTests
{
    [Theory]
    [InlineData("joint_operation", "Libyan and Egyptian police arrest smugglers in coordinated raids",
        "Libyan and Egyptian police arrested eleven members of a migrant smuggling network in coordinated raids in Tobruk and Salloum.")]
    [InlineData("aid_equipment", "Libyan coast guard takes delivery of boats from Italy",
        "The Libyan Coast Guard took delivery of three boats from Italy in Tripoli to fight migrant smuggling at sea.")]
    [InlineData("meeting", "Libyan interior minister holds bilateral talks with Tunisian counterpart",
        "Libya's interior minister held bilateral talks with his Tunisian counterpart on border security and smuggling.")]
    [InlineData("conference", "Libya attends annual session of Arab interior ministers",
        "Libya's interior minister attended the annual session of the Council of Arab Interior Ministers in Tunis, which adopted a plan against drug trafficking and terrorism.")]
    [InlineData("training", "Libyan police complete seminar with Italian experts",
        "Libyan police officers completed a seminar with Italian experts in Tripoli on investigating cybercrime and digital evidence.")]
    public void Recognises_Cue_Families_Real_Outlets_Use(string expected, string title, string text)
    {
        var result = TestClassifier.Article(title, text);

        Assert.True(result.Relevant);
        Assert.Contains(result.EventTypes, e => e.Id == expected);
    }

    [Fact]
    public void A_Denied_Event_Is_Not_Reported()
    {
        var result = TestClassifier.Article(
            "Libyan border officials visit Frontex headquarters",
            "A delegation of Libyan border officials paid a working visit to Frontex in Warsaw to discuss border management and migrant smuggling. " +
            "The visit covered risk analysis and surveillance. No agreement was signed during the visit.");

        Assert.Contains(result.EventTypes, e => e.Id == "visit");
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "agreement");
    }

    [Fact]
    public void A_Related_Story_Teaser_Does_Not_Add_Its_Event()
    {
        var result = TestClassifier.Article(
            "Libya and Italy sign agreement against migrant smuggling",
            "Libya and Italy signed an agreement in Rome on migrant smuggling and irregular migration. The agreement covers information exchange.\n\n" +
            "Related: Italian delegation visits Libyan coast guard in Tripoli for talks");

        Assert.Equal(["agreement"], result.EventTypes.Select(e => e.Id));
    }

    [Theory]
    [InlineData("Comment: Libya's cooperation with Europe on smuggling needs a rethink", "Libya and the European Union cooperate on migrant smuggling.")]
    [InlineData("Europe and Libya after the memorandum", "ANALYSIS\nLibya and the European Union cooperate on migrant smuggling.")]
    public void A_Commentary_Label_Makes_A_Short_Argument_An_Opinion(string title, string opening)
    {
        var result = TestClassifier.Article(
            title,
            opening + "\nThe partnership has financed boats and training for Libyan units. " +
            "European governments should tie their support to independent monitoring of detention centres. " +
            "Cooperation on borders with Libya is unavoidable, but its terms are a choice.");

        Assert.True(result.Relevant);
        Assert.Equal(ReportMode.Opinion, result.Mode);
        Assert.Equal(["statement_intent"], result.EventTypes.Select(e => e.Id));
    }

    [Fact]
    public void Receiving_An_Official_Is_A_Meeting_And_The_Topics_Are_Not_Events()
    {
        var result = TestClassifier.Article(
            "Interior Minister receives Italian ambassador",
            "Libya's Interior Minister received the Italian ambassador at the ministry in Tripoli on Monday. " +
            "The two sides discussed cooperation in combating illegal immigration, border security and the training of Libyan police officers.");

        Assert.True(result.Relevant);
        Assert.Equal(["meeting"], result.EventTypes.Select(e => e.Id));
    }

    [Fact]
    public void Receiving_Equipment_Is_Not_A_Meeting()
    {
        var result = TestClassifier.Article(
            "Libyan coast guard receives three patrol boats from Italy",
            "The Libyan Coast Guard took delivery of three patrol boats donated by Italy in Tripoli to fight migrant smuggling.");

        Assert.Contains(result.EventTypes, e => e.Id == "aid_equipment");
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "meeting");
    }

    [Fact]
    public void A_Conference_Is_Reported_Without_The_Meetings_Held_At_It()
    {
        var result = TestClassifier.Article(
            "Libya hosts regional conference on border security",
            "Libya hosted a regional conference on border security and migrant smuggling in Tripoli with ministers from Niger, Chad and Sudan. " +
            "The ministers met on the sidelines of the conference and held talks on joint patrols.");

        Assert.Equal("conference", result.EventTypes[0].Id);
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "meeting");
    }

    [Fact]
    public void A_Joint_Operation_Is_Reported_Without_The_Boats_It_Used()
    {
        var result = TestClassifier.Article(
            "Italian and Libyan forces seize hashish cargo in joint operation",
            "Italian and Libyan forces seized four tonnes of hashish in a joint operation off Misrata. " +
            "A Libyan patrol boat and an Italian patrol vessel boarded the ship together.");

        Assert.Equal("joint_operation", result.EventTypes[0].Id);
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "aid_equipment");
    }

    [Fact]
    public void According_To_Is_Not_An_Agreement()
    {
        // "according" and the French "accord" share a stem; only the exact French and Italian words name an agreement.
        var result = TestClassifier.Article(
            "Italy and Libya hold talks on border security",
            "Italian and Libyan officials met in Tripoli on Monday to discuss border security, according to the Libyan Ministry of Interior.");

        Assert.Contains(result.EventTypes, e => e.Id == "meeting");
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "agreement");
    }

    [Fact]
    public void A_Byline_Does_Not_Push_The_Lead_Down_And_The_Leads_Since_Qualifies_The_Event()
    {
        var result = TestClassifier.Article(
            "Tunisian minister in Tripoli",
            "By Observer staff\n\nTunisia's interior minister arrived in Tripoli on Tuesday on a working visit, his first since taking office, for talks with his Libyan counterpart on border security.");

        Assert.Contains(result.EventTypes, e => e.Id == "visit");
        Assert.Contains(result.Partners, p => p.Id == "tunisia");
    }

    [Theory]
    [InlineData("Dbeibah receives Maltese minister", "Prime Minister Abdulhamid Dbeibah received the Maltese Minister for Home Affairs in Tripoli on Sunday to discuss migration and border security.")]
    [InlineData("الدبيبة يستقبل وزير الداخلية المالطي", "استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة اليوم في طرابلس وزير الداخلية المالطي لبحث ملف الهجرة غير الشرعية وتأمين الحدود.")]
    public void A_Host_Receiving_A_Travelling_Official_Reports_A_Visit_And_Talks(string title, string text)
    {
        var result = TestClassifier.Article(title, text);

        Assert.Contains(result.EventTypes, e => e.Id == "visit");
        Assert.Contains(result.EventTypes, e => e.Id == "meeting");
        Assert.Contains(result.Partners, p => p.Id == "malta");
    }

    [Fact]
    public void Receiving_A_Resident_Ambassador_Is_Talks_Not_A_Visit()
    {
        var result = TestClassifier.Article(
            "Interior minister receives Maltese ambassador",
            "Libya's Minister of Interior received the Maltese ambassador in Tripoli on Sunday to discuss migration and border security.");

        Assert.Contains(result.EventTypes, e => e.Id == "meeting");
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "visit");
    }

    [Fact]
    public void What_An_Offer_Would_Provide_Is_Not_Reported_As_Done()
    {
        var result = TestClassifier.Article(
            "Russia ready to expand security cooperation with Libya",
            "Russia is ready to provide training and equipment to Libyan security forces in the fight against terrorism, Russia's deputy foreign minister said on Monday after talks with the Libyan ambassador in Moscow.");

        Assert.Contains(result.EventTypes, e => e.Id == "statement_intent");
        Assert.DoesNotContain(result.EventTypes, e => e.Id is "training" or "aid_equipment");
    }

    [Fact]
    public void An_Italian_Network_Dismantled_Thanks_To_Cooperation_Is_A_Joint_Operation()
    {
        var result = TestClassifier.Article(
            "Agrigento, smantellata rete di trafficanti di migranti",
            "La polizia italiana ha smantellato ad Agrigento una rete di trafficanti di migranti tra la Libia e la Sicilia: nove arresti grazie alla cooperazione con la polizia libica.");

        Assert.Contains(result.EventTypes, e => e.Id == "joint_operation");
    }
}
