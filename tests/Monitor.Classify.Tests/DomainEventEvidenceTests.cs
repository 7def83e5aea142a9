using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// Border and maritime security need evidence in the event's own sentences: not a border named in a background or
/// motivation paragraph, nor read into every migrant-smuggling story.
/// </summary>
public class DomainEventEvidenceTests
{
    [Fact]
    public void Border_Named_Only_In_Background_Does_Not_Tag_Border_Security()
    {
        var result = TestClassifier.Article(
            "UNODC trains Libyan prosecutors on human trafficking",
            "UNODC trained 25 Libyan prosecutors in Tripoli on Monday on human trafficking cases and the protection of victims. "
            + "The course covered interviews with victims and the preparation of case files. "
            + "Sessions also covered sexual exploitation and forced labour. "
            + "Trainers used case studies from the region. "
            + "Libya's long southern border has for years been crossed by traffickers, and its borders with Niger and Chad remain porous.");

        Assert.Contains(result.Domains, d => d.Id == "human_trafficking");
        Assert.DoesNotContain(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Migrant_Smuggling_Talks_Do_Not_Imply_Border_Security()
    {
        var result = TestClassifier.Article(
            "Russia ready to help Libya fight illegal migration",
            "Russia is ready to expand cooperation with Libya in fighting terrorism and illegal migration, a Russian deputy foreign minister said on Tuesday after meeting a Libyan envoy.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.DoesNotContain(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Border_Posts_As_Object_Of_The_Cooperation_Tag_Border_Security()
    {
        var result = TestClassifier.Article(
            "Italy equips Libyan border posts",
            "Italy delivered scanners and vehicles to five Libyan border posts on the frontier with Niger on Monday to stop migrant smugglers.");

        Assert.Contains(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Sea_Named_Only_In_A_Closing_Paragraph_Does_Not_Tag_Maritime_Security()
    {
        var result = TestClassifier.Article(
            "Malta and Libya renew migration memorandum",
            "Malta and Libya renewed on Tuesday a memorandum on irregular migration that keeps two coordination centres working. "
            + "Officials in the centres share information on smuggling networks. "
            + "The renewal runs for three years. "
            + "Opposition MPs criticised the text. "
            + "Rights groups have accused Valletta of relying on Libyan forces to keep boats away from its search and rescue zone, and rescue vessels at sea have been turned away from its ports.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.DoesNotContain(result.Domains, d => d.Id == "maritime_security");
    }

    [Fact]
    public void Interception_At_Sea_In_The_Lead_Still_Tags_Maritime_Security()
    {
        var result = TestClassifier.Article(
            "Malta and Libya intercept migrant boat in joint operation",
            "The Armed Forces of Malta and the Libyan Coast Guard jointly intercepted a migrant boat at sea off Zuwara on Monday in a coordinated operation against people smuggling.");

        Assert.Contains(result.Domains, d => d.Id == "maritime_security");
        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
    }
}
