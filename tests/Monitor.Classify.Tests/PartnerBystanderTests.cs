using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// Bodies named in a sentence about the event without taking part in it: sources of figures, bodies said not to take
/// part, commentators on someone else's act, umbrellas named for their member, comparisons and destinations.
/// </summary>
public class PartnerBystanderTests
{
    private const string Lead = "Libya and Malta signed an agreement in Valletta on Tuesday to coordinate patrols against migrant smuggling at sea.";

    [Theory]
    [InlineData("The deal was signed as departures rose, according to IOM data.", "iom")]
    [InlineData("The deal was signed as departures rose, according to figures from the UN refugee agency.", "unhcr")]
    [InlineData("The agreement comes as departures rise, citing figures from an INTERPOL assessment.", "interpol")]
    public void Source_Of_Figures_Is_Not_A_Partner(string sentence, string source)
    {
        var result = TestClassifier.Article("Libya and Malta sign maritime patrol agreement", $"{Lead} {sentence}");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.DoesNotContain(result.Partners, p => p.Id == source);
    }

    [Fact]
    public void A_Body_Cited_Inside_An_Agreement_Clause_Is_Still_A_Party()
    {
        var result = TestClassifier.Article(
            "Libya and Malta step up migration cooperation",
            "Libya's interior ministry said on Tuesday it will train 50 border officers according to the agreement signed with the EU last week. The training will focus on migrant smuggling.");

        Assert.Contains(result.Partners, p => p.Id == "eu");
    }

    [Theory]
    [InlineData("Italy, which has its own agreement with Libya, was not a party to the protocol.", "italy")]
    [InlineData("Tunisia and Algeria were not represented at the signing.", "algeria")]
    [InlineData("The agreement was signed in Valletta, but Greece did not take part.", "greece")]
    public void Body_Said_Not_To_Take_Part_Is_Not_A_Partner(string sentence, string absent)
    {
        var result = TestClassifier.Article("Libya and Malta sign maritime patrol agreement", $"{Lead} {sentence}");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.DoesNotContain(result.Partners, p => p.Id == absent);
    }

    [Theory]
    [InlineData("UNHCR said in a statement that it was studying the text and urged both governments to protect people rescued at sea.", "unhcr")]
    [InlineData("The European Commission criticised the agreement and asked for details of the patrols.", "eu")]
    public void Body_Commenting_On_The_Event_Is_Not_A_Partner(string sentence, string commentator)
    {
        var result = TestClassifier.Article("Libya and Malta sign maritime patrol agreement", $"{Lead} {sentence}");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.DoesNotContain(result.Partners, p => p.Id == commentator);
    }

    [Fact]
    public void Umbrella_Named_For_Its_Member_Is_Not_A_Second_Partner()
    {
        var result = TestClassifier.Article(
            "UNODC equips Libyan police drug laboratories",
            "UNODC handed over laboratory equipment for drug testing to the Libyan police in Tripoli on Thursday. The equipment will help detect captagon and tramadol, the UN office said.");

        Assert.Contains(result.Partners, p => p.Id == "unodc");
        Assert.DoesNotContain(result.Partners, p => p.Id == "un");
    }

    [Fact]
    public void Umbrella_Named_Without_A_Member_Stays_A_Partner()
    {
        var result = TestClassifier.Article(
            "UN agency trains Libyan coast guard",
            "A UN agency team trained 30 officers of the Libyan coast guard in Tripoli on Monday on search and rescue at sea and migrant smuggling.");

        Assert.Contains(result.Partners, p => p.Id == "un");
    }

    [Theory]
    [InlineData("Like Tunisia before it, Libya has seen more drug shipments through its ports.", "tunisia")]
    [InlineData("Most of the boats were on the route to Italy.", "italy")]
    [InlineData("Many of the migrants hoped to reach Greece.", "greece")]
    public void Comparison_Or_Destination_Is_Not_A_Partner(string sentence, string country)
    {
        var result = TestClassifier.Article("Libya and Malta sign maritime patrol agreement", $"{Lead} {sentence}");

        Assert.DoesNotContain(result.Partners, p => p.Id == country);
    }

    [Fact]
    public void Nationalities_Of_Migrants_And_Suspects_Are_Not_Partners()
    {
        var result = TestClassifier.Article(
            "Maltese and Libyan patrols rescue 140 people",
            "The Armed Forces of Malta and the Libyan Coast Guard jointly rescued 140 people north of Zuwara on Wednesday. " +
            "Most passengers were Bangladeshi, Egyptian and Sudanese nationals, and two Nigerian smugglers were arrested by a Nigerian ring's rivals.");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.DoesNotContain(result.Partners, p => p.Id is "egypt" or "sudan" or "nigeria" or "bangladesh");
    }

    [Fact]
    public void Earlier_Meeting_Dated_By_Month_Adds_No_Partner()
    {
        var result = TestClassifier.Article(
            "Libyan and Tunisian ministers meet over Ras Ajdir crossing",
            "The interior ministers of Libya and Tunisia met in Djerba on Monday and agreed to open a joint police office at the Ras Ajdir border crossing. " +
            "In June 2025 the two ministers met in Tripoli with an Algerian delegation and agreed on first measures at the crossing.",
            new DateTimeOffset(2026, 1, 13, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains(result.Partners, p => p.Id == "tunisia");
        Assert.DoesNotContain(result.Partners, p => p.Id == "algeria");
    }

    [Theory]
    [InlineData("September", false)]
    [InlineData("November", true)]
    public void A_Later_Paragraph_Opening_On_An_Earlier_Month_Is_Background(string month, bool partner)
    {
        var result = TestClassifier.Article(
            "Libyan officers complete US counter-terrorism course",
            "Twenty Libyan police officers completed a counter-terrorism course run by the US State Department in Tunis on Thursday, the Interior Ministry said.\n\n" +
            "The course covered crime scenes, electronic evidence and forged documents.\n\n" +
            $"In {month}, the commander of US Africa Command visited Tripoli and Benghazi for talks on military unification.",
            new DateTimeOffset(2024, 11, 22, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains(result.Partners, p => p.Id == "us");
        Assert.Equal(partner, result.Partners.Any(p => p.Id == "us-africom"));
    }

    [Fact]
    public void The_Body_Whose_Plenary_Hosted_A_Side_Signing_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "Libyan and Egyptian financial intelligence units sign MoU",
            "Libya's Financial Information Unit signed a memorandum of understanding with its Egyptian counterpart on Tuesday on the exchange of intelligence on money laundering. " +
            "The memorandum was signed in Manama on the sidelines of the 40th plenary meeting of the Middle East and North Africa Financial Action Task Force (MENAFATF).");

        Assert.Contains(result.Partners, p => p.Id == "egypt");
        Assert.DoesNotContain(result.Partners, p => p.Id == "fatf");
    }

    [Fact]
    public void A_Government_Recognised_By_The_UN_Does_Not_Make_The_UN_A_Partner()
    {
        var result = TestClassifier.Article(
            "Turkey delivers patrol boats to Libyan Coast Guard",
            "Turkey handed over two patrol boats to the Libyan Coast Guard in Tripoli on Thursday to fight migrant smuggling at sea. " +
            "The commander of the coast guard thanked Turkey for its support. " +
            "Turkish forces train coast guard crews of Libya's UN-recognised government under a security cooperation memorandum.");

        Assert.Contains(result.Partners, p => p.Id == "turkey");
        Assert.DoesNotContain(result.Partners, p => p.Id == "un");
    }

    [Fact]
    public void A_Meeting_Last_Week_Opening_A_Later_Paragraph_Is_Another_Event()
    {
        var result = TestClassifier.Article(
            "Interior minister and Emirati ambassador discuss drugs and cybercrime",
            "Libya's Minister of Interior received the Ambassador of the United Arab Emirates in Tripoli on Tuesday to discuss cooperation against drug trafficking and cybercrime. " +
            "The two sides discussed training for Libyan officers and the exchange of information on smuggling networks. " +
            "The ambassador's visit is the latest in a series of meetings with foreign diplomats. " +
            "Last week, the minister met the Italian ambassador to discuss the situation on the southern borders.");

        Assert.Contains(result.Partners, p => p.Id == "uae");
        Assert.DoesNotContain(result.Partners, p => p.Id == "italy");
    }

    [Fact]
    public void An_Event_Dated_Last_Week_Inside_Its_Sentence_Keeps_Its_Funder()
    {
        var result = TestClassifier.Article(
            "Libyan prosecutors complete counter-terrorism course",
            "Twenty Libyan prosecutors completed a course on prosecuting terrorism cases, the Attorney General's Office said on Saturday. " +
            "The programme was organised last week by UNODC in Tunis and funded by Japan.");

        Assert.Contains(result.Partners, p => p.Id == "unodc");
        Assert.Contains(result.Partners, p => p.Id == "japan");
    }

    [Theory]
    [InlineData("يذكر أن اللجنة الأمنية المشتركة أنشئت بموجب الاتفاق الأمني الموقع بين ليبيا والنيجر وتشاد والسودان.")]
    [InlineData("وتأتي الاتفاقية بعد الاتفاق الرباعي الذي وقعته ليبيا والنيجر وتشاد والسودان عام 2018 لتأمين الحدود.")]
    public void An_Arabic_Aside_Or_A_Sentence_Dated_To_An_Earlier_Year_Adds_No_Partners(string aside)
    {
        // "يذكر أن" ("it is worth recalling that") opens background; "عام 2018" dates a sentence to an earlier year.
        var result = TestClassifier.Article(
            "ليبيا والنيجر تتفقان على دوريات مشتركة لتأمين الحدود",
            "اتفقت ليبيا والنيجر، أمس الثلاثاء، على تسيير دوريات مشتركة على الحدود الجنوبية لمكافحة التهريب والهجرة غير الشرعية. " +
            "وترأس الجانب الليبي وكيل وزارة الداخلية، فيما ترأس وفد النيجر وزير الداخلية. " + aside,
            new DateTimeOffset(2025, 4, 16, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains(result.Partners, p => p.Id == "niger");
        Assert.DoesNotContain(result.Partners, p => p.Id is "chad" or "sudan");
    }

    [Fact]
    public void According_To_Is_Not_An_Agreement()
    {
        var result = TestClassifier.Article(
            "Libya and Italy hold talks on migrant smuggling",
            "Libyan and Italian interior ministers met in Rome on Tuesday to discuss migrant smuggling, according to a statement by the Italian ministry.");

        Assert.DoesNotContain(result.EventTypes, t => t.Id == "agreement");
    }
}
