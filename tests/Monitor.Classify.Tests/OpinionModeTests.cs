using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Analysis pieces without a genre label, and event reports that quote officials' views.</summary>
public class OpinionModeTests
{
    [Fact]
    public void Argument_Headline_And_Normative_Paragraphs_Make_An_Unlabelled_Opinion()
    {
        var result = TestClassifier.Article(
            "Why Europe's border outsourcing to Libya is failing",
            "For a decade, the European Union has paid Libyan authorities to stop migrants from reaching Italy. " +
            "The strategy has delivered lower numbers, but at a terrible cost. " +
            "We have seen the reports of abuse in detention and of smugglers who wear uniforms. " +
            "The EU should stop pretending that the Libyan coast guard is a normal partner. " +
            "Instead, member states must tie every euro to independent monitoring.");

        Assert.Equal(ReportMode.Opinion, result.Mode);
    }

    [Fact]
    public void Evaluative_Headline_About_Achievements_Is_An_Opinion()
    {
        var result = TestClassifier.Article(
            "What the EU-Libya migration deal has and has not achieved",
            "Seven years after Europe began funding the Libyan coast guard, the results are mixed. " +
            "Departures fell sharply, but the abuses in detention centres remain well documented. " +
            "European governments tell themselves that the deal with Libya saves lives at sea. " +
            "A policy that depends on armed groups cannot be called a partnership. " +
            "The EU needs a different approach, one that puts monitoring first.");

        Assert.Equal(ReportMode.Opinion, result.Mode);
    }

    [Fact]
    public void Report_Quoting_Officials_Opinions_Stays_A_Report()
    {
        var result = TestClassifier.Article(
            "Libya and Italy sign coast guard training deal",
            "Libya and Italy signed an agreement in Tripoli on Monday under which the Guardia di Finanza will train Libyan coast guard officers. " +
            "\"We must stop the smugglers before they reach the sea,\" the Italian minister said. " +
            "\"This should be a model for the region,\" the Libyan minister added. " +
            "Officials said we need to act, and that our coasts cannot wait. " +
            "The training will start in March.");

        Assert.Equal(ReportMode.Report, result.Mode);
    }

    [Fact]
    public void Report_Of_An_Appeal_With_A_Normative_Headline_Stays_A_Report()
    {
        var result = TestClassifier.Article(
            "EU must do more against smugglers, Libya tells Brussels",
            "Libya's interior minister urged the European Union this week to increase support for the coast guard. " +
            "The minister said Europe should fund more patrol boats and that the two sides need to share more intelligence. " +
            "We cannot do this alone, he said. " +
            "Officials in Brussels said they would consider the request. " +
            "The EU could announce new funding next month.");

        Assert.Equal(ReportMode.Report, result.Mode);
    }

    [Theory]
    [InlineData("Opinion: Europe keeps paying the Libyan coast guard. It should ask what it is buying")]
    [InlineData("Op-ed: Europe and the Libyan coast guard")]
    [InlineData("Tribune - Le sud libyen et la garde côtière")]
    public void A_Genre_Label_In_The_Headline_Makes_An_Opinion_Even_In_Plain_Prose(string title)
    {
        // The outlet's label is enough; the prose itself may read like a report.
        var result = TestClassifier.Article(
            title,
            "The European Union, Italy and Malta keep training and equipping the Libyan coast guard against migrant smuggling. Departures have shifted east.");

        Assert.True(result.Relevant);
        Assert.Equal(ReportMode.Opinion, result.Mode);
    }

    [Fact]
    public void A_Hyphenated_Headline_Is_Not_A_Genre_Label()
    {
        var result = TestClassifier.Article(
            "Libya-Italy talks on migrant smuggling end in Rome",
            "Libyan and Italian interior ministers met in Rome on Tuesday and agreed to step up joint patrols against migrant smuggling.");

        Assert.NotEqual(ReportMode.Opinion, result.Mode);
    }

    [Fact]
    public void Commentary_Argues_From_The_Record_Its_History_Counts()
    {
        var result = TestClassifier.Article(
            "Opinion: Europe keeps paying the Libyan coast guard. It should ask what it is buying",
            "Every few months, the same photograph appears: a new patrol boat, a ribbon, officials on a quay. " +
            "Since 2017, the European Union and Italy have spent well over 100 million euros training and equipping the Libyan coast guard against migrant smuggling. " +
            "Eight years later, it is fair to ask whether the smuggling networks have been dismantled. " +
            "Europe should tie every euro to independent monitoring of the coast guard.");

        Assert.True(result.Relevant);
        Assert.Equal(ReportMode.Opinion, result.Mode);
        Assert.Contains(result.Partners, p => p.Id == "eu");
    }

    [Fact]
    public void A_Partner_Named_Once_Late_In_Commentary_Is_Not_Its_Subject()
    {
        var result = TestClassifier.Article(
            "Commentary: Moscow's counter-terrorism offer to Libya is really about the Sahel",
            "Russia's offer to train Libyan counter-terrorism units should be read as a move in the Sahel, not in Libya. " +
            "Moscow has offered Libya training, intelligence and equipment against terrorism along the southern border. " +
            "Russian instructors already work with several Sahel armies, and the offer to Libya would extend that reach. " +
            "Libya needs help to secure its desert frontier, and the offer will be tempting in Benghazi. " +
            "The United States, which has trained Libyan units before, should make a serious counter-offer of support against terrorism.");

        Assert.Equal(ReportMode.Opinion, result.Mode);
        Assert.Contains(result.Partners, p => p.Id == "russia");
        Assert.DoesNotContain(result.Partners, p => p.Id == "us");
    }
}
