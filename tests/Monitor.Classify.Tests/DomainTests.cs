using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

public class DomainTests
{
    [Theory]
    [InlineData("narcotics", "hashish and captagon trafficking")]
    [InlineData("human_trafficking", "human trafficking and the protection of trafficking victims")]
    [InlineData("migrant_smuggling", "migrant smuggling and irregular migration")]
    [InlineData("border_security", "border control and border management")]
    [InlineData("organized_crime", "organized crime and transnational crime")]
    [InlineData("terrorism", "terrorism and violent extremism")]
    [InlineData("cybercrime", "cybercrime and cyber security")]
    [InlineData("maritime_security", "maritime security and piracy at sea")]
    [InlineData("money_laundering", "money laundering and terrorist financing")]
    public void Reports_Each_Domain_From_Its_Lexicon(string domain, string topic)
    {
        var result = TestClassifier.Article(
            $"Libya and the EU hold talks on {topic}",
            $"Libyan officials met a European Union delegation in Tripoli to discuss cooperation on {topic}. Both sides agreed to continue the cooperation on {topic}.");

        Assert.True(result.Relevant);
        Assert.Contains(result.Domains, d => d.Id == domain);
    }

    [Fact]
    public void Footer_Noise_Far_From_The_Cooperation_Does_Not_Add_Domains()
    {
        var result = TestClassifier.Article(
            "Libya and Italy sign agreement against migrant smuggling",
            "Libya and Italy signed an agreement in Rome on migrant smuggling and irregular migration. The deal covers joint investigations of smuggling networks.\n\n" +
            "Related stories\n\nMarkets\n\nWeather\n\nMost read: cyber attack hits a bank in Brazil\n\nSport results");

        Assert.DoesNotContain(result.Domains, d => d.Id == "cybercrime");
    }
}
