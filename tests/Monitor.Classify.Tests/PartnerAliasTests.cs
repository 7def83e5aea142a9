using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Descriptive names of partners, and mentions of a partner that do not make it a party.</summary>
public class PartnerAliasTests
{
    [Theory]
    [InlineData("UN migration agency", "iom")]
    [InlineData("UN refugee agency", "unhcr")]
    [InlineData("UN anti-crime agency", "unodc")]
    [InlineData("UN's anti-crime agency", "unodc")]
    [InlineData("International Centre for Migration Policy Development", "icmpd")]
    [InlineData("Naif Arab University for Security Sciences", "naif")]
    [InlineData("Council of Arab Interior Ministers", "arableague")]
    public void Descriptive_Names_Resolve_To_The_Partner(string name, string id)
    {
        Assert.Equal(id, TestClassifier.Classifier.Taxonomy.ResolvePartner(name));

        var result = TestClassifier.Article(
            $"The {name} trains Libyan officers on migrant smuggling",
            $"The {name} held a training course in Tripoli for Libyan officers on migrant smuggling and border management.");

        Assert.Contains(result.Partners, p => p.Id == id);
    }

    [Fact]
    public void A_Partner_Qualifying_A_Thing_Is_Not_A_Party()
    {
        var result = TestClassifier.Article(
            "Italy and Libya discuss maritime security",
            "Italian and Libyan navy officials met in Tripoli to discuss enforcement of the UN arms embargo and maritime security. " +
            "Libya has become a transit country for synthetic drugs, according to UN reports.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == "un");
    }

    [Fact]
    public void The_Country_People_Come_From_Is_Not_A_Party()
    {
        var result = TestClassifier.Article(
            "Libyan and Egyptian police break up trafficking ring",
            "Libyan and Egyptian police arrested members of a human trafficking network in coordinated raids near the border, holding migrants from Sudan for ransom.");

        Assert.Contains(result.Partners, p => p.Id == "egypt");
        Assert.DoesNotContain(result.Partners, p => p.Id == "sudan");
    }

    [Fact]
    public void Observers_Named_While_The_Lead_Event_Is_Described_Are_Partners()
    {
        var result = TestClassifier.Article(
            "Libya hosts regional conference on southern border security",
            "Libya hosted ministers from Niger and Chad in Tripoli on Tuesday for a regional conference on border security and smuggling. " +
            "Representatives of the African Union and the Arab League attended as observers.");

        Assert.Contains(result.Partners, p => p.Id == "au");
        Assert.Contains(result.Partners, p => p.Id == "arableague");
    }

    [Fact]
    public void A_Demonym_After_Its_Noun_Names_The_Partner()
    {
        var result = TestClassifier.Article(
            "وزير الداخلية يبحث مع السفير البريطاني التعاون الأمني",
            "بحث وزير الداخلية مع السفير البريطاني لدى ليبيا سبل تعزيز التعاون في مكافحة الهجرة غير الشرعية. وتناول اللقاء الذي عقد في طرابلس تأمين الحدود الجنوبية.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == "uk");
    }

    [Fact]
    public void Humanitarian_Help_Beside_A_Domestic_Operation_Is_Not_Cooperation()
    {
        var result = TestClassifier.Article(
            "Libyan coast guard intercepts 400 migrants off Zuwara",
            "The Libyan coast guard intercepted about 400 migrants off Zuwara on Sunday and returned them to Tripoli. " +
            "The migrants were handed over to the Department for Combating Illegal Migration. " +
            "IOM said its staff provided medical assistance at the disembarkation point.");

        Assert.False(result.Relevant);
    }

    [Fact]
    public void A_Short_Wire_Item_Naming_The_Country_Once_In_The_Lead_Is_About_It()
    {
        var result = TestClassifier.Article(
            "وزارة الداخلية تتسلم سيارات ومعدات من الاتحاد الأوروبي",
            "تسلمت وزارة الداخلية الليبية اليوم عشرين سيارة ومعدات اتصالات مقدمة من الاتحاد الأوروبي لدعم جهاز حرس الحدود في الجنوب.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == "eu");
        Assert.Contains(result.EventTypes, e => e.Id == "aid_equipment");
        Assert.Contains(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void A_Compound_Adjective_In_The_Headline_Names_The_Country()
    {
        var result = TestClassifier.Article(
            "Opération conjointe libyo-italienne contre un réseau de passeurs",
            "Les garde-côtes libyens et la police italienne ont mené une opération conjointe contre un réseau de passeurs de migrants, a annoncé le ministère de l'Intérieur. " +
            "Douze personnes ont été arrêtées.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.Equal("joint_operation", result.EventTypes[0].Id);
    }

    [Fact]
    public void Neighbours_Listed_As_Geography_Are_Not_Parties()
    {
        var result = TestClassifier.Article(
            "Libya and Malta discuss joint efforts to curb irregular migration",
            "Libya's interior minister met the Maltese home affairs minister in Tripoli to discuss joint efforts to curb irregular migration. " +
            "The minister stressed the need to support Libya's southern border security, saying most migrants enter through the desert borders with Niger, Chad and Sudan.");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.DoesNotContain(result.Partners, p => p.Id is "niger" or "chad" or "sudan");
    }

    [Theory]
    [InlineData("EUBAM Libya", "eubam")]
    [InlineData("the European Union Drugs Agency", "euda")]
    [InlineData("Frontex", "frontex")]
    public void An_EU_Agency_Or_Mission_Also_Names_The_Union(string body, string id)
    {
        // As the seed labels do (EMCDDA and European Union): the Union acts through its agencies and missions.
        var result = TestClassifier.Article(
            "Libyan officers trained on border security",
            $"{body} trained forty Libyan border guard officers in Tripoli on Monday on document fraud and border security.");

        Assert.Contains(result.Partners, p => p.Id == id);
        Assert.Contains(result.Partners, p => p.Id == "eu");
    }

    [Fact]
    public void Europol_Stands_For_Itself()
    {
        // Analysts name Europol as the police agency it is, not as "the EU" acting.
        var result = TestClassifier.Article(
            "Smuggling ring dismantled with Libyan police",
            "Maltese police dismantled a migrant smuggling ring on Tuesday in a joint investigation with the Libyan Criminal Investigation Department, supported by Europol.");

        Assert.Contains(result.Partners, p => p.Id == "europol");
        Assert.DoesNotContain(result.Partners, p => p.Id == "eu");
    }

    [Fact]
    public void An_Italian_Report_On_The_Libyan_Coast_Guard_Does_Not_Name_Italy()
    {
        var result = TestClassifier.Article(
            "Libia: la Turchia consegna due motovedette alla Guardia costiera di Tripoli",
            "La Turchia ha consegnato giovedì due motovedette alla Guardia costiera libica nel porto di Tripoli, per il contrasto al traffico di migranti in mare.");

        Assert.Contains(result.Partners, p => p.Id == "turkey");
        Assert.DoesNotContain(result.Partners, p => p.Id == "italy");
    }

    [Fact]
    public void The_State_Department_Narcotics_Bureau_Also_Names_The_United_States()
    {
        var result = TestClassifier.Article(
            "US hands Libya patrol vehicles and drug test kits",
            "The State Department's Bureau of International Narcotics and Law Enforcement Affairs (INL) handed patrol vehicles and drug test kits to the Libyan Ministry of Interior in Tripoli on Monday to support border security and counter-narcotics work.");

        Assert.Contains(result.Partners, p => p.Id == "us-inl");
        Assert.Contains(result.Partners, p => p.Id == "us");
    }
}
