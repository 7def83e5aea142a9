using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// Countries and bodies named as geography rather than as parties: the venue, frontiers and neighbours, seats and flags,
/// sea areas and routes, sources of figures and umbrella bodies named only as context.
/// </summary>
public class PartnerGeographyTests
{
    [Theory]
    [InlineData("The Cairo talks between Libya's Anti-Narcotics Agency and the DEA ended on Monday with a plan to share information on drug trafficking.", "egypt")]
    [InlineData("Libyan anti-narcotics officials and the DEA met at a hotel in the Tunisian capital on Monday to discuss captagon trafficking.", "tunisia")]
    [InlineData("Libyan anti-narcotics officials and the DEA met on Monday at a hotel in Hammamet, Tunisia, to discuss captagon trafficking.", "tunisia")]
    public void Country_That_Only_Hosts_The_Event_Is_Not_A_Partner(string lead, string venue)
    {
        var result = TestClassifier.Article("Libya and DEA hold talks on drug trafficking", lead);

        Assert.Contains(result.Partners, p => p.Id == "us-dea");
        Assert.DoesNotContain(result.Partners, p => p.Id == venue);
    }

    [Fact]
    public void Host_Country_Whose_Officials_Attend_Is_A_Partner()
    {
        var result = TestClassifier.Article(
            "Libya and DEA sign memorandum in Cairo",
            "The DEA and Libya's Anti-Narcotics Agency signed a memorandum in Cairo on drug trafficking. Egyptian officials attended the signing.");

        Assert.Contains(result.Partners, p => p.Id == "egypt");
    }

    [Theory]
    [InlineData("Italy's interior minister met his Libyan counterpart in Tripoli to discuss the border with Tunisia and smuggling from neighbouring Algeria.", "algeria")]
    [InlineData("Libya and Italy agreed to install scanners at the Ras Ajdir crossing on the Tunisian side of the border.", "tunisia")]
    [InlineData("Libya and Italy signed an agreement on Monday to train border guards posted on the Libyan-Algerian border.", "algeria")]
    [InlineData("Libya and Italy signed an agreement on Monday to train border guards posted along the Libya-Niger frontier.", "niger")]
    [InlineData("Italy will fund patrols by Libyan forces near Niger's long southern border, the two governments said after talks in Tripoli.", "niger")]
    [InlineData("Libya and Italy agreed on Monday to train border guards posted near the Libyan-Algerian-Tunisian tri-border point at Ghadames.", "algeria")]
    public void Frontier_Or_Neighbour_Is_Not_A_Partner(string lead, string neighbour)
    {
        var result = TestClassifier.Article("Libya and Italy discuss border security", lead);

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == neighbour);
    }

    [Theory]
    [InlineData("Libyan and Tunisian border guards held a joint patrol on the Libyan-Tunisian border on Monday.")]
    [InlineData("Libya and Tunisia agreed on Monday to set up a joint Libyan-Tunisian border committee to manage the Ras Ajdir crossing.")]
    public void Neighbour_Whose_Forces_Or_Officials_Act_Is_A_Partner(string lead)
    {
        var result = TestClassifier.Article("Libya and Tunisia step up border cooperation", lead);

        Assert.Contains(result.Partners, p => p.Id == "tunisia");
    }

    [Theory]
    [InlineData("AFRICOM, which is headquartered in Stuttgart, Germany, sent a team to Tripoli on Monday to train Libyan special forces in counter-terrorism.", "germany")]
    [InlineData("Libya's Anti-Narcotics Agency signed a working arrangement on Monday with the Portugal-based agency that trains drug analysts across the region, AFRICOM said.", "portugal")]
    [InlineData("AFRICOM and Libyan coast guards jointly boarded a Malta-flagged tanker suspected of arms smuggling on Monday.", "malta")]
    [InlineData("Japan funded a UNODC course for Libyan prosecutors on terrorism cases; a representative of the Embassy of Japan to Libya, which operates from Tunis, handed out certificates.", "tunisia")]
    public void Seat_Or_Flag_State_Is_Not_A_Partner(string lead, string seat)
    {
        var result = TestClassifier.Article("AFRICOM and Libya step up security cooperation", lead);

        Assert.Contains(result.Partners, p => p.Id == "us-africom");
        Assert.DoesNotContain(result.Partners, p => p.Id == seat);
    }

    [Theory]
    [InlineData("Libya and Italy agreed on Monday to coordinate rescues of migrant boats in Malta's search and rescue zone.", "malta")]
    [InlineData("Libya and Italy agreed on Monday to step up coast guard patrols on the central Mediterranean route to Italy and Malta.", "malta")]
    [InlineData("Libya and Italy agreed on Monday to step up coast guard patrols as crossings from Libya and Tunisia rose.", "tunisia")]
    public void Sea_Area_Or_Route_Is_Not_A_Partner(string lead, string place)
    {
        var result = TestClassifier.Article("Libya and Italy agree on coast guard patrols", lead);

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == place);
    }

    [Theory]
    [InlineData("IOM counted 12,000 interceptions this year, and UNHCR recorded 900 deaths.", "unhcr")]
    [InlineData("IOM counted 12,000 interceptions off the coast this year.", "iom")]
    [InlineData("UNHCR's latest figures show a rise in departures.", "unhcr")]
    [InlineData("IOM estimates that 700,000 migrants live in Libya.", "iom")]
    public void Body_Supplying_Figures_Is_Not_A_Partner(string sentence, string source)
    {
        var result = TestClassifier.Article(
            "Libya and Italy sign migration agreement",
            $"Libya and Italy signed an agreement on migrant smuggling in Rome on Monday to share information on departures. {sentence}");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == source);
    }

    [Theory]
    [InlineData("Italy trained 40 Libyan navy officers in Tripoli on Monday on enforcing the arms embargo, in line with EU policy.", "eu")]
    [InlineData("Italy trained 40 Libyan navy officers in Tripoli on Monday on enforcing the arms embargo. NATO allies have backed the training.", "nato")]
    [InlineData("Italy, a NATO member, trained 40 Libyan navy officers in Tripoli on Monday on enforcing the arms embargo.", "nato")]
    [InlineData("Italy trained 40 Libyan navy officers in Tripoli on Monday, acting under a UN mandate to enforce the arms embargo.", "un")]
    public void Umbrella_Named_As_Context_Is_Not_A_Partner(string lead, string umbrella)
    {
        var result = TestClassifier.Article("Italy trains Libyan navy on arms embargo", lead);

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == umbrella);
    }

    [Fact]
    public void Umbrella_That_Acts_Is_Still_A_Partner()
    {
        var result = TestClassifier.Article(
            "EU and Italy train Libyan navy",
            "Italy and the EU trained 40 Libyan navy officers in Tripoli on Monday on enforcing the arms embargo.");

        Assert.Contains(result.Partners, p => p.Id == "eu");
    }

    [Fact]
    public void Country_Name_Is_Not_Read_As_Its_Demonym()
    {
        // "Germany" stems like "German"; "German, sent a team" must not make a German team.
        var result = TestClassifier.Article(
            "AFRICOM trains Libyan special forces",
            "AFRICOM, based in Stuttgart, Germany, sent a team to Tripoli on Monday to train Libyan special forces in counter-terrorism.");

        Assert.DoesNotContain(result.Partners, p => p.Id == "germany");
    }

    [Fact]
    public void Neighbours_Operation_Near_The_Border_With_The_Watched_Country_Is_Not_Cooperation()
    {
        var result = TestClassifier.Article(
            "Algerian army arrests smugglers near borders with Libya and Niger",
            "Algerian army units arrested 23 smugglers and seized cannabis resin near Djanet, close to the borders with Libya and Niger, the Defence Ministry said on Wednesday.");

        Assert.False(result.Relevant);
    }

    [Theory]
    [InlineData("The officers also visited a post on the route across the Strait of Gibraltar from Morocco.", "morocco")]
    [InlineData("Most of the migrants crossing the Fezzan come from neighbouring Niger and Chad.", "chad")]
    [InlineData("The report does not describe the patrols and Algeria declined to comment on them.", "algeria")]
    public void Origin_List_Or_Commentator_In_A_Later_Clause_Is_Not_A_Partner(string sentence, string bystander)
    {
        var result = TestClassifier.Article(
            "Spain trains Libyan border police",
            $"Spain's Guardia Civil trained fifteen officers of the Libyan border police in Madrid this week on surveillance of land borders. {sentence}");

        Assert.Contains(result.Partners, p => p.Id == "spain");
        Assert.DoesNotContain(result.Partners, p => p.Id == bystander);
    }

    [Fact]
    public void Italian_Frontier_List_With_Articles_Is_Geography()
    {
        var result = TestClassifier.Article(
            "L'Italia consegna fuoristrada alla polizia di frontiera libica",
            "L'Italia ha consegnato ieri dodici fuoristrada alla polizia di frontiera libica. I mezzi serviranno alle pattuglie che sorvegliano il confine con l'Algeria e il Niger.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == "niger");
    }

    [Fact]
    public void Neighbours_Customs_Service_Is_A_Partner()
    {
        var result = TestClassifier.Article(
            "Libyan and Tunisian customs chiefs meet on fuel smuggling",
            "The heads of the Libyan and Tunisian customs services met on the Tunisian island of Djerba on Monday and agreed to share data on trucks to curb fuel smuggling.");

        Assert.Contains(result.Partners, p => p.Id == "tunisia");
    }
}
