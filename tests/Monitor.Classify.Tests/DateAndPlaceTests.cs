using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

public class DateAndPlaceTests
{
    private const string Title = "Libya and the United States sign anti-narcotics memorandum";

    [Fact]
    public void On_Thursday_Resolves_To_The_Last_Thursday_Before_Publication()
    {
        // Published on a Saturday: "on Thursday" is two days earlier.
        var published = new DateTimeOffset(2025, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var result = TestClassifier.Article(Title,
            "Libya and the United States signed a memorandum of understanding on drug trafficking on Thursday at the Libyan embassy in Cairo.", published);

        Assert.Equal(new DateOnly(2025, 10, 30), result.EventDate?.Date);
        Assert.Equal("Cairo", result.Place?.Name);
    }

    [Fact]
    public void Explicit_Date_In_The_Event_Sentence_Wins()
    {
        var result = TestClassifier.Article(Title,
            "Libya and the United States signed a memorandum of understanding on drug trafficking on 12 October 2025 in Tripoli.",
            new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 10, 12), result.EventDate?.Date);
        Assert.Equal("date:explicit", result.EventDate?.Evidence.Rule);
    }

    [Fact]
    public void Today_Is_The_Publication_Date()
    {
        var result = TestClassifier.Article(Title,
            "Libya and the United States are signing a memorandum of understanding on drug trafficking today in Tripoli.",
            new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 3, 5), result.EventDate?.Date);
    }

    [Fact]
    public void People_With_Titles_Are_Found_With_Keys()
    {
        var result = TestClassifier.Article(Title,
            "The memorandum was signed by Brigadier General Khaled Al-Mabrouk, head of the Libyan anti-narcotics agency, and DEA Regional Director Jane Porter on drug trafficking.");

        Assert.Contains(result.People, p => p.Key == PersonNames.Key("Khaled Almabrok") && p.Title == "Brigadier General");
        Assert.Contains(result.People, p => p.Name == "Jane Porter" && p.Affiliation == "us-dea");
    }
}
