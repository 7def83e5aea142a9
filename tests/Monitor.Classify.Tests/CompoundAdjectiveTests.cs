using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>Compound adjectives of two countries ("italo-libico", "franco-libyen", "Italian-Libyan") name both sides.</summary>
public class CompoundAdjectiveTests
{
    [Theory]
    [InlineData("Vertice italo-libico a Roma sui flussi migratori", "I ministri dell'Interno hanno discusso ieri a Roma il contrasto agli scafisti e all'immigrazione irregolare.", "italy")]
    [InlineData("Incontro libico-italiano sulla sicurezza delle frontiere", "Le due delegazioni hanno discusso ieri a Tripoli il controllo delle frontiere e il traffico di migranti.", "italy")]
    [InlineData("Réunion franco-libyenne sur la lutte contre les passeurs", "Les deux délégations se sont réunies mardi à Tripoli pour renforcer la coopération contre les passeurs et l'immigration clandestine.", "france")]
    [InlineData("Italian-Libyan talks on migrant smuggling", "The two delegations met in Tripoli on Tuesday to step up cooperation against migrant smuggling networks.", "italy")]
    public void Compound_Adjective_Names_The_Partner(string title, string text, string partner)
    {
        var result = TestClassifier.Article(title, text);

        Assert.True(result.Relevant);
        Assert.Contains(result.Partners, p => p.Id == partner);
    }

    [Fact]
    public void A_Demonym_Alone_Before_People_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "Libyan coast guard intercepts boat",
            "The Libyan coast guard intercepted a boat carrying Italian-speaking Eritrean migrants off Zuwara on Tuesday, in a joint operation with Malta.");

        Assert.DoesNotContain(result.Partners, p => p.Id == "italy");
    }
}
