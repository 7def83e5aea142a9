using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Partners named in a long report's closing context are not parties to its event; those the event's own sentences name are.</summary>
public class EventPartnerTests
{
    private const string Opening =
        "The European Union handed over twelve off-road vehicles and four thermal cameras to the Libyan Border Guard in Tripoli on Monday. " +
        "The equipment will serve units on the southern border near Ghat and Qatrun. " +
        "Officers of the Border Guard received the vehicles at a ceremony at the Ministry of Interior. " +
        "The EU mission said the delivery was the third this year. ";

    [Fact]
    public void States_Named_Only_In_A_Closing_Context_Paragraph_Are_Not_Partners()
    {
        var result = TestClassifier.Article(
            "EU hands vehicles to Libyan border guards",
            Opening +
            "Border officials said smuggling of fuel and people through the desert had grown since 2023. " +
            "The EU has been under pressure from member states, notably Italy and Malta, to step up its cooperation with Libya on migration.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == "eu");
        Assert.DoesNotContain(result.Partners, p => p.Id is "italy" or "malta");
    }

    [Fact]
    public void A_Later_Sentence_That_Tells_The_Event_Still_Names_A_Partner()
    {
        var result = TestClassifier.Article(
            "EU hands vehicles to Libyan border guards",
            Opening +
            "Border officials said smuggling of fuel and people through the desert had grown since 2023. " +
            "The Italian ambassador to Libya also handed over two more vehicles to the Libyan Border Guard at the ceremony.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
    }

    [Fact]
    public void States_On_A_Roster_Of_Participants_Are_Attendees_Not_Partners()
    {
        var result = TestClassifier.Article(
            "INTERPOL operation frees trafficking victims in Libya and across Africa",
            "An operation coordinated by INTERPOL freed more than 900 victims of human trafficking in Libya and twelve other countries last month. " +
            "Libyan investigators of the Criminal Investigation Department worked with INTERPOL's bureau in Tripoli. " +
            "Participating countries included Libya, Niger, Chad, Mali, Senegal, Morocco and Spain, among others.");

        Assert.Contains(result.Partners, p => p.Id == "interpol");
        Assert.DoesNotContain(result.Partners, p => p.Id is "niger" or "chad" or "mali" or "senegal" or "morocco" or "spain");
    }

    [Theory]
    [InlineData("mostly from Nigeria")]
    [InlineData("mostly from Nigeria, Ghana and Sudan, and arrested 17 suspected smugglers")]
    public void Where_Migrants_Mostly_Come_From_Is_No_Partner(string origin)
    {
        var result = TestClassifier.Article(
            "Niger and Libya launch joint desert patrols",
            "Nigerien and Libyan forces launched their first joint patrols on the desert border on Tuesday against migrant smuggling. " +
            $"In the first week the joint patrols intercepted nine trucks carrying 148 migrants, {origin}.");

        Assert.Contains(result.Partners, p => p.Id == "niger");
        Assert.DoesNotContain(result.Partners, p => p.Id is "nigeria" or "sudan");
    }

    [Theory]
    [InlineData("The handover comes as the European Union is also supplying patrol boats to the Libyan coast guard.")]
    [InlineData("The delivery arrives a few weeks after the European Union handed patrol boats to the Libyan coast guard.")]
    public void A_Sentence_Setting_The_Event_In_Context_Names_No_Partner(string context)
    {
        var result = TestClassifier.Article(
            "Turkey hands over patrol boats to Libyan coast guard",
            "Turkey delivered two patrol boats to the Libyan coast guard at the Abu Sitta naval base in Tripoli on Monday. " +
            "The Turkish ambassador attended the ceremony with the commander of the Libyan coast guard. " +
            "The boats will be used against migrant smuggling and fuel smuggling. " +
            "Officials said crews had been trained in Turkey. " + context);

        Assert.Contains(result.Partners, p => p.Id == "turkey");
        Assert.DoesNotContain(result.Partners, p => p.Id == "eu");
    }
}
