using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>A press release's closing "About ..." boilerplate and its "Background" section do not tell the event.</summary>
public class BoilerplateTests
{
    private const string Title = "EUBAM Libya hands over vehicles to border units";

    private const string Release =
        "EUBAM Libya handed over ten vehicles and thermal cameras to the Libyan Border Guard in Tripoli on Monday to support border management in the south.\n\n" +
        "The equipment will serve the border posts of Ghat and Qatrun, the mission said.\n\n";

    private const string Mandate =
        "The mission advises Libyan counterparts in the fight against terrorism, trafficking in human beings, drug trafficking and cybercrime, and trains prosecutors and judges in Libya on terrorism cases.";

    [Fact]
    public void Subjects_Named_Only_In_The_About_Section_Are_Not_The_Events()
    {
        var result = TestClassifier.Article(Title, Release + "About EUBAM Libya\n\n" + Mandate);

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == "border_security");
        Assert.DoesNotContain(result.Domains, d => d.Id is "terrorism" or "human_trafficking" or "narcotics" or "cybercrime");
    }

    [Fact]
    public void The_Same_Paragraph_In_The_Body_Still_Counts()
    {
        // Without the heading the paragraph is part of the report, so the check above is about the heading.
        var result = TestClassifier.Article(Title, Release + Mandate);

        Assert.Contains(result.Domains, d => d.Id is "terrorism" or "human_trafficking" or "narcotics" or "cybercrime");
    }

    [Fact]
    public void A_Caption_Beginning_With_About_And_A_Number_Is_Not_A_Heading()
    {
        var result = TestClassifier.Article(Title, Release + "About 300 migrants rescued\n\n" + Mandate);

        Assert.Contains(result.Domains, d => d.Id is "terrorism" or "human_trafficking" or "narcotics" or "cybercrime");
    }

    [Fact]
    public void A_Background_Section_Adds_No_Partner_Or_Event_Type()
    {
        var result = TestClassifier.Article(
            Title,
            Release + "Background\n\nItaly signed a memorandum of understanding with the Libyan Border Guard in Rome and trained its officers in maritime search and rescue.");

        Assert.DoesNotContain(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.EventTypes, e => e.Id is "agreement" or "training");
    }
}
