using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>A person's affiliation comes from their own noun phrase, never from another institution in the sentence.</summary>
public class PersonAffiliationTests
{
    [Fact]
    public void Affiliation_Comes_From_The_Persons_Own_Phrase_Not_Another_Countrys_Ministry()
    {
        var result = TestClassifier.Article(
            "Libyan Interior Minister meets Egyptian officials on border security",
            "Libyan Interior Minister Khaled Ben Omran met a delegation from the Egyptian Ministry of Interior in Benghazi to discuss border security and smuggling.");

        var person = Assert.Single(result.People, p => p.Name == "Khaled Ben Omran");
        Assert.Equal("libya-moi", person.Affiliation);
    }

    [Fact]
    public void A_Foreign_Minister_Is_Affiliated_With_The_Country_Qualifying_The_Title()
    {
        var result = TestClassifier.Article(
            "Libya and Italy sign coast guard training deal",
            "Libya and Italy signed an agreement in Tripoli on Monday on coast guard training. Italian Interior Minister Matteo Piantedosi and Libyan Interior Minister Emad Trabelsi attended the signing.");

        Assert.Equal("italy", Assert.Single(result.People, p => p.Name == "Matteo Piantedosi").Affiliation);
        Assert.Equal("libya-moi", Assert.Single(result.People, p => p.Name == "Emad Trabelsi").Affiliation);
    }

    [Fact]
    public void An_Unqualified_Generic_Title_Belongs_To_The_Watched_Country()
    {
        var result = TestClassifier.Article(
            "UK funds cybercrime training for Libyan police",
            "The British Embassy funded a cybercrime training course for Libyan police officers in Tripoli. Interior Minister Emad Trabelsi attended the closing ceremony.");

        Assert.Equal("libya-moi", Assert.Single(result.People, p => p.Name == "Emad Trabelsi").Affiliation);
    }

    [Fact]
    public void A_Title_Followed_By_Its_Government_Keeps_The_Titles_Institution()
    {
        var result = TestClassifier.Article(
            "Libya and Egypt agree on border security",
            "The Minister of Interior of the Government of National Unity, Emad Trabelsi, met Egyptian officials in Cairo on Sunday to discuss border security.");

        Assert.Equal("libya-moi", Assert.Single(result.People, p => p.Name == "Emad Trabelsi").Affiliation);
    }

    [Fact]
    public void A_Title_After_The_Name_Takes_The_Organisation_It_Names()
    {
        var result = TestClassifier.Article(
            "UNODC trains Libyan prosecutors",
            "UNODC held a workshop in Tripoli on Monday for Libyan prosecutors on human trafficking cases. Jason Schumacher, Regional Director of UNODC for the Middle East and North Africa, opened the workshop.");

        Assert.Equal("unodc", Assert.Single(result.People, p => p.Name == "Jason Schumacher").Affiliation);
    }
}
