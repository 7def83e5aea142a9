using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Domains implied by what the event is, from its own sentences.</summary>
public class DomainImplicationTests
{
    [Theory]
    [InlineData("the shipment was organised by a trafficking network with members in several countries")]
    [InlineData("investigators believe the drugs belonged to a cartel that uses Libyan ports")]
    public void Drug_Case_Run_By_A_Criminal_Organisation_Is_Also_Organised_Crime(string clause)
    {
        var result = TestClassifier.Article(
            "Captagon pills seized at Benghazi port in joint operation",
            $"Libyan customs officers and the Anti-Narcotics Agency seized eight million captagon pills at Benghazi port on Monday in a joint operation with the DEA. Officials said {clause}.");

        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
    }

    [Fact]
    public void Drug_Case_Without_A_Criminal_Organisation_Is_Narcotics_Only()
    {
        var result = TestClassifier.Article(
            "Libyan drug agency visits European drugs agency",
            "A delegation of the Libyan Anti-Narcotics Agency visited the EUDA in Lisbon on Monday to learn about drug monitoring. The agency presented its network of national focal points.");

        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.DoesNotContain(result.Domains, d => d.Id == "organized_crime");
    }

    [Fact]
    public void French_Light_Weapons_In_The_Event_Are_Organised_Crime()
    {
        var result = TestClassifier.Article(
            "Le Niger et la Libye lancent des patrouilles conjointes à la frontière",
            "Les forces nigériennes et les garde-frontières libyens ont lancé lundi des patrouilles conjointes le long de la frontière contre les passeurs et les convois d'armes légères.");

        Assert.Contains(result.Domains, d => d.Id == "organized_crime");
        Assert.Contains(result.Domains, d => d.Id == "border_security");
    }

    [Fact]
    public void Course_Of_Some_Weeks_Is_Training()
    {
        var result = TestClassifier.Article(
            "Libyan coast guard officers complete course",
            "Twenty officers of the Libyan Coast Guard have completed a two-week course run by Italy's Guardia di Finanza on boarding ships and searching cargo for drugs.");

        Assert.True(result.Relevant);
        Assert.Contains(result.EventTypes, t => t.Id == "training");
        Assert.Contains(result.Partners, p => p.Id == "italy");
    }

    [Fact]
    public void Seizure_On_A_Partners_Information_Is_A_Joint_Operation()
    {
        var result = TestClassifier.Article(
            "Captagon seized at Benghazi port",
            "Libyan customs officers seized eight million captagon pills at Benghazi port on Monday, acting on information provided by the US Drug Enforcement Administration.");

        Assert.True(result.Relevant);
        Assert.Contains(result.EventTypes, t => t.Id == "joint_operation");
        Assert.Contains(result.Partners, p => p.Id == "us-dea");
    }
}
