using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Domains name what the cooperation is about, as an analyst would label it.</summary>
public class DomainRoleTests
{
    [Fact]
    public void Desert_Patrols_And_Border_Crossings_Are_Border_Security()
    {
        var result = TestClassifier.Article(
            "Libya and Chad agree joint desert patrols",
            "Libya and Chad agreed on Sunday to launch joint desert patrols along their shared border to curb networks moving migrants north. The two sides will also reopen a border crossing.");

        Assert.Contains(result.Domains, d => d.Id == "border_security");
        Assert.DoesNotContain(result.Domains, d => d.Id == "organized_crime");
    }

    [Fact]
    public void Smuggling_Of_Fuel_And_Weapons_Is_Organised_Crime()
    {
        var result = TestClassifier.Article(
            "Libya and Tunisia target smugglers at Ras Jedir",
            "Libyan and Tunisian interior officials agreed on Monday to step up cooperation at the Ras Jedir border crossing against networks trafficking fuel, weapons and drugs.");

        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
    }

    [Fact]
    public void Drug_Trafficking_Is_Not_Human_Trafficking()
    {
        var result = TestClassifier.Article(
            "Libyan anti-narcotics agency and UNODC launch training on cocaine trafficking",
            "The Libyan Anti-Narcotics Agency and UNODC launched a training course in Tripoli on detecting cocaine shipments.");

        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.DoesNotContain(result.Domains, d => d.Id == "human_trafficking");
    }

    [Fact]
    public void Navy_And_Port_Talks_Are_Maritime_Security()
    {
        var result = TestClassifier.Article(
            "Libyan and Italian navies hold talks on port security",
            "Libyan navy officers held talks with an Italian navy delegation in Tripoli on port security and protecting shipping lanes off the coast.");

        Assert.Contains(result.Domains, d => d.Id == "maritime_security");
    }

    [Fact]
    public void A_Ring_Smuggling_Migrants_Across_The_Border_Is_Not_Organised_Crime()
    {
        var result = TestClassifier.Article(
            "Egyptian and Libyan police break up smuggling ring on border",
            "Egyptian and Libyan police dismantled a smuggling ring that moved migrants across the border near Salloum in coordinated raids on Tuesday. " +
            "Nine members of the trafficking ring were arrested on both sides of the border crossing.");

        Assert.Contains(result.Domains, d => d.Id == "migrant_smuggling");
        Assert.Contains(result.Domains, d => d.Id == "border_security");
        Assert.DoesNotContain(result.Domains, d => d.Id == "organized_crime");
    }
}
