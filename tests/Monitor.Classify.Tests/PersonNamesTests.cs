namespace Monitor.Classify.Tests;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Khaled Almabrok A. Omar", "Khaled Al-Mabrouk Abdel-Nabi")]
    [InlineData("Mohamed Salem", "Muhammad Saleem")]
    [InlineData("Mohammed Salem", "Mohamed Salim")]
    [InlineData("Abdulhamid Dbeibah", "Abdul Hamid Dbeiba")]
    [InlineData("Abdul Hamid Dbeibeh", "Abdulhamid al-Dbeibah")]
    [InlineData("Youssef El-Mansouri", "Yusuf al Mansuri")]
    [InlineData("Major General Omar Ghaddafi", "Omar Qaddafi")]
    [InlineData("خالد المبروك", "Khaled Al-Mabrouk")]
    [InlineData("عبد الحميد الدبيبة", "Abdulhamid Dbeibah")]
    [InlineData("عبد الحميد الدبيبة", "Abdul Hamid Dbeiba")]
    [InlineData("عبدالحميد الدبيبة", "Abdul Hamid Dbeiba")]
    [InlineData("عماد الطرابلسي", "Emad Trabelsi")]
    [InlineData("عماد الطرابلسي", "Imed Trabelsi")]
    [InlineData("محمد الشريف", "Mohammed Al-Sharif")]
    [InlineData("أسامة حماد", "Osama Hammad")]
    [InlineData("يوسف", "Youssef")]
    [InlineData("عبد الله", "Abdullah")]
    [InlineData("مُحَمَّد الشَّرِيف", "محمد الشريف")]
    public void Transliteration_Variants_Share_A_Key(string a, string b) =>
        Assert.Equal(PersonNames.Key(a), PersonNames.Key(b));

    [Theory]
    [InlineData("Khaled Mazen", "Khaled Almabrok")]
    [InlineData("Alexis Goosdeel", "Jason Schumacher")]
    [InlineData("خالد", "خليل")]
    [InlineData("خالد المبروك", "Khaled Mazen")]
    [InlineData("عماد الطرابلسي", "Emad Al-Mabrouk")]
    public void Different_People_Have_Different_Keys(string a, string b) =>
        Assert.NotEqual(PersonNames.Key(a), PersonNames.Key(b));
}
