using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Names people write for a state's ministries, embassies and forces resolve to that state.</summary>
public class InstitutionNameTests
{
    [Theory]
    [InlineData("Russian Ministry of Defence", "russia")]
    [InlineData("Russian defence ministry", "russia")]
    [InlineData("the Italian Interior Ministry", "italy")]
    [InlineData("UK ambassador", "uk")]
    [InlineData("British Embassy in Tripoli", "uk")]
    [InlineData("US Embassy Libya", "us")]
    [InlineData("French embassy", "france")]
    [InlineData("Embassy of France in Libya", "france")]
    [InlineData("the Maltese Armed Forces", "malta")]
    [InlineData("Turkish Defence Ministry", "turkey")]
    [InlineData("State Department", "us")]
    [InlineData("EU Commission", "eu")]
    [InlineData("European Commission", "eu")]
    [InlineData("DG HOME", "eu")]
    [InlineData("European External Action Service", "eu")]
    [InlineData("Bureau of International Narcotics and Law Enforcement Affairs", "us-inl")]
    public void National_Institution_Names_Resolve_To_Their_State(string name, string id) =>
        Assert.Equal(id, TestClassifier.Classifier.Taxonomy.ResolvePartner(name));

    [Theory]
    [InlineData("Ministry of Defence")]
    [InlineData("the ambassador")]
    public void Institution_Without_A_State_Stays_Unresolved(string name) =>
        Assert.Null(TestClassifier.Classifier.Taxonomy.ResolvePartner(name));

    [Theory]
    [InlineData("The Kremlin agreed on Monday to train Libyan officers in counter-terrorism under a new cooperation plan.", "russia")]
    [InlineData("The White House pledged on Monday to support Libyan border security against terrorism and smuggling.", "us")]
    public void Seat_Of_Government_Acting_In_The_Cooperation_Is_Its_State(string lead, string id)
    {
        var result = TestClassifier.Article("Libya security cooperation", lead);

        Assert.Contains(result.Partners, p => p.Id == id);
    }
}
