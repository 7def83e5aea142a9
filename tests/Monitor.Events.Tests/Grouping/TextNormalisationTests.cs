namespace Monitor.Events.Tests.Grouping;

public sealed class TextNormalisationTests
{
    [Theory]
    [InlineData("Sarrâj", "Sarraj")]
    [InlineData("TRIPOLI", "tripoli")]
    [InlineData("أحمد", "احمد")]
    [InlineData("مكافحة المخدرات", "مُكافَحة  المخدرات")]
    [InlineData("Mémorandum d'entente", "memorandum d entente")]
    public void Spelling_variants_normalise_to_one_key(string a, string b)
    {
        Assert.Equal(TextKey.Normalize(a), TextKey.Normalize(b));
    }

    [Fact]
    public void Acronyms_and_numbers_are_anchors_that_carry_across_languages()
    {
        var english = TitleTokens.Of(["Libya and DEA sign 2025 memorandum"]);
        var french = TitleTokens.Of(["La Libye et la DEA signent un mémorandum (2025)"]);

        Assert.Equal(["2025", "dea"], english.Anchors.Order());
        Assert.True(english.Similarity(french) > 0.6);
    }

    [Fact]
    public void Parents_come_from_the_id_convention_and_most_specific_drops_them()
    {
        Assert.Equal("us", PartnerHierarchy.ParentByConvention("us-dea"));
        Assert.Null(PartnerHierarchy.ParentByConvention("euda"));
        Assert.Equal(["us-dea", "us", "eu"], PartnerHierarchy.WithParents(["us-dea", "eu", "us"], PartnerHierarchy.ParentByConvention));
        Assert.Equal(["us-dea", "eu"], PartnerHierarchy.MostSpecific(["us", "us-dea", "eu"], PartnerHierarchy.ParentByConvention));
    }
}
