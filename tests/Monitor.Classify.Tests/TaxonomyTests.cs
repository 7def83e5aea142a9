namespace Monitor.Classify.Tests;

public class TaxonomyTests
{
    private static readonly Taxonomy Taxonomy = Taxonomy.LoadDefault();

    [Theory]
    [InlineData("EU", "eu")]
    [InlineData("European Union", "eu")]
    [InlineData("Union européenne", "eu")]
    [InlineData("Unione europea", "eu")]
    [InlineData("الاتحاد الأوروبي", "eu")]
    [InlineData("EMCDDA", "euda")]
    [InlineData("EUDA", "euda")]
    [InlineData("European Monitoring Centre for Drugs and Drug Addiction", "euda")]
    [InlineData("DEA", "us-dea")]
    [InlineData("Drug Enforcement Administration", "us-dea")]
    [InlineData("United States", "us")]
    [InlineData("U.S.", "us")]
    [InlineData("US", "us")]
    [InlineData("Operation Irini", "irini")]
    [InlineData("MAOC-N", "maocn")]
    [InlineData("United Nations Office on Drugs and Crime", "unodc")]
    [InlineData("Italia", "italy")]
    [InlineData("Libye", "libya")]
    [InlineData("ليبيا", "libya")]
    public void ResolvePartner_Maps_Aliases_Acronyms_Former_Names_And_Languages(string name, string expected) =>
        Assert.Equal(expected, Taxonomy.ResolvePartner(name));

    [Fact]
    public void ResolvePartner_Returns_Null_For_Unknown_Names() => Assert.Null(Taxonomy.ResolvePartner("Ministry of Silly Walks"));

    [Theory]
    [InlineData("General Directorate for Combating Narcotics", "libya-ana")]
    [InlineData("Anti-Narcotics Agency", "libya-ana")]
    [InlineData("Ministry of Interior", "libya-moi")]
    [InlineData("DCIM", "libya-dcim")]
    [InlineData("Libyan Coast Guard", "libya-coastguard")]
    public void ResolveActor_Maps_Institution_Aliases(string name, string expected) =>
        Assert.Equal(expected, Taxonomy.ResolveActor(name));

    [Fact]
    public void Agency_Parents_Follow_The_Data()
    {
        Assert.Equal("us", Taxonomy.ParentOf("us-dea"));
        Assert.True(Taxonomy.Partner("us-dea")!.ImpliesParent);
        Assert.Equal("eu", Taxonomy.ParentOf("frontex"));
        Assert.Equal("United States", Taxonomy.DisplayName("us"));
    }

    [Fact]
    public void Event_Types_Carry_Cameo_And_Plover_Codes()
    {
        var agreement = Taxonomy.EventType("agreement")!;
        Assert.Equal("057", agreement.Cameo);
        Assert.Equal("AGREE", agreement.Plover);
        Assert.Equal(8, Taxonomy.EventTypes.Count);
        Assert.Equal(9, Taxonomy.Domains.Count);
    }

    [Fact]
    public void Override_File_Adds_An_Alias_Without_Code_Changes()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "taxonomy-extra-alias.json"));
        var custom = Taxonomy.Parse(json);
        Assert.Equal("wakanda", custom.ResolvePartner("Kingdom of Wakanda"));
        Assert.NotEqual(Taxonomy.Version, custom.Version);
    }

    [Fact]
    public void Invalid_Taxonomy_Is_A_Typed_Error()
    {
        Assert.Throws<TaxonomyException>(() => Taxonomy.Parse("{ not json"));
        Assert.Throws<TaxonomyException>(() => Taxonomy.Parse("""{"defaultWatchedCountry":"atlantis","watchedCountries":[]}"""));
    }
}
