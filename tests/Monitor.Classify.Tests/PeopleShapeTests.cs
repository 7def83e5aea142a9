using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Which capitalised words before or after a title are a person's name, and which are not.</summary>
public class PeopleShapeTests
{
    [Theory]
    [InlineData("Separately")]
    [InlineData("Meanwhile")]
    [InlineData("Additionally")]
    public void A_Connective_Opening_A_Sentence_Before_A_Title_Is_Not_A_Person(string opener)
    {
        var result = TestClassifier.Article(
            "Libyan prosecutors complete UNODC course on terrorism cases",
            "Libyan prosecutors completed a UNODC course on terrorism cases in Tunis on Thursday. "
            + opener + ", the Attorney General announced that eleven suspects had been referred to trial in Benghazi.");

        Assert.DoesNotContain(result.People, p => p.Name == opener);
    }

    [Fact]
    public void A_Full_Name_Opening_A_Sentence_Before_A_Title_Is_Still_A_Person()
    {
        var result = TestClassifier.Article(
            "Libya and Italy discuss coast guard training",
            "Libya and Italy discussed coast guard training in Rome on Monday. Emad Trabelsi, the Interior Minister, led the Libyan delegation.");

        Assert.Contains(result.People, p => p.Name == "Emad Trabelsi");
    }
}
