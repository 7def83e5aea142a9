using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>People named with Arabic, French and Italian titles, and their keys meeting the English spellings.</summary>
public class PeopleLanguageTests
{
    [Fact]
    public void An_Arabic_Rank_Introduces_A_Name()
    {
        var result = TestClassifier.Article(
            "ليبيا ومصر تبحثان أمن الحدود",
            "استقبل اللواء خالد المبروك في طرابلس اليوم وفدا مصريا لبحث أمن الحدود ومكافحة التهريب.");

        var person = Assert.Single(result.People);
        Assert.Equal("خالد المبروك", person.Name);
        Assert.Equal("اللواء", person.Title);
        Assert.Equal(PersonNames.Key("Khaled Al-Mabrouk"), person.Key);
    }

    [Fact]
    public void An_Arabic_Office_With_Its_Complement_And_A_Comma_Introduces_A_Name()
    {
        var result = TestClassifier.Article(
            "ليبيا وإيطاليا تبحثان مكافحة الهجرة غير الشرعية",
            "التقى وزير الداخلية بحكومة الوحدة الوطنية، عماد الطرابلسي، السفير الإيطالي في طرابلس لبحث التعاون في مكافحة الهجرة غير الشرعية.");

        var person = Assert.Single(result.People, p => p.Title == "وزير");
        Assert.Equal("عماد الطرابلسي", person.Name);
        Assert.Equal(PersonNames.Key("Emad Trabelsi"), person.Key);
    }

    [Fact]
    public void An_Arabic_Office_Without_A_Comma_Keeps_Its_Complement_Out_Of_The_Name()
    {
        var result = TestClassifier.Article(
            "الدبيبة يستقبل وفدا أوروبيا",
            "استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة أمس وفدا من الاتحاد الأوروبي لبحث أمن الحدود.");

        var person = Assert.Single(result.People);
        Assert.Equal("عبد الحميد الدبيبة", person.Name);
        Assert.Equal(PersonNames.Key("Abdulhamid Dbeibah"), person.Key);
    }

    [Fact]
    public void An_Arabic_Name_Ends_At_A_Preposition_Or_Time_Word()
    {
        var result = TestClassifier.Article(
            "ليبيا وإيطاليا تبحثان التعاون الأمني",
            "التقى السفير الإيطالي لدى ليبيا جانلوكا ألبيريني في طرابلس اليوم آمر حرس السواحل العميد مسعود عبد الصمد لبحث مكافحة الهجرة غير الشرعية.");

        Assert.Single(result.People, p => p.Name == "جانلوكا ألبيريني" && p.Title == "السفير");
        Assert.Single(result.People, p => p.Name == "مسعود عبد الصمد");
        Assert.Equal(2, result.People.Count);
    }

    [Fact]
    public void An_Arabic_Office_Followed_By_An_Institution_Yields_No_Person()
    {
        var result = TestClassifier.Article(
            "ليبيا وتونس تبحثان الهجرة",
            "بحث مدير جهاز مكافحة الهجرة غير الشرعية مع الجانب التونسي في طرابلس اليوم سبل التعاون في مكافحة تهريب المهاجرين.");

        Assert.Empty(result.People);
    }

    [Fact]
    public void A_French_Title_With_Nationality_And_Complement_Introduces_A_Name()
    {
        var result = TestClassifier.Article(
            "La Libye et la Tunisie renforcent la coopération aux frontières",
            "Le ministre libyen de l'Intérieur, Imad Trabelsi, a rencontré mardi à Tunis son homologue tunisien pour renforcer la lutte contre le trafic de migrants.");

        var person = Assert.Single(result.People, p => p.Name == "Imad Trabelsi");
        Assert.Equal(PersonNames.Key("عماد الطرابلسي"), person.Key);
        Assert.Equal("libya-moi", person.Affiliation);
    }

    [Fact]
    public void A_French_Rank_Introduces_A_Name()
    {
        var result = TestClassifier.Article(
            "Tripoli et Le Caire coopèrent contre la contrebande",
            "Le général Khaled Mazen a reçu au Caire une délégation égyptienne pour discuter de la contrebande à la frontière.");

        Assert.Single(result.People, p => p.Name == "Khaled Mazen" && p.Title == "général");
    }

    [Fact]
    public void Italian_Titles_With_Their_Complements_Introduce_Names()
    {
        var result = TestClassifier.Article(
            "Italia e Libia, accordo sui migranti",
            "Il ministro dell'Interno Matteo Piantedosi ha incontrato a Tripoli l'ambasciatore d'Italia Gianluca Alberini e le autorità libiche per discutere del traffico di migranti.");

        Assert.Single(result.People, p => p.Name == "Matteo Piantedosi" && p.Title == "ministro");
        Assert.Single(result.People, p => p.Name == "Gianluca Alberini" && p.Title == "ambasciatore");
    }

    [Fact]
    public void A_Verb_Between_A_Romance_Title_And_A_Name_Breaks_The_Link()
    {
        var result = TestClassifier.Article(
            "Italia e Libia, accordo sui migranti",
            "Il ministro ha incontrato Khaled Mazen a Tripoli per discutere del traffico di migranti.");

        Assert.DoesNotContain(result.People, p => p.Name == "Khaled Mazen");
    }

    [Fact]
    public void An_Arabic_Rank_Takes_No_Complement_Before_A_Name()
    {
        // "Major General Al-Zawi stressed the agency's keenness...": the words after a one-word family name are no person.
        var result = TestClassifier.Article(
            "لقاء أمني",
            "وأكد اللواء الزوي حرص الجهاز على الاستفادة من خبرات مكتب الأمم المتحدة المعني بالمخدرات والجريمة في ليبيا.");

        Assert.Empty(result.People);
    }
}
