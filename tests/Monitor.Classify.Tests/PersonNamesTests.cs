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
    public void Transliteration_Variants_Share_A_Key(string a, string b) =>
        Assert.Equal(PersonNames.Key(a), PersonNames.Key(b));

    [Theory]
    [InlineData("Khaled Mazen", "Khaled Almabrok")]
    [InlineData("Alexis Goosdeel", "Jason Schumacher")]
    public void Different_People_Have_Different_Keys(string a, string b) =>
        Assert.NotEqual(PersonNames.Key(a), PersonNames.Key(b));
}
