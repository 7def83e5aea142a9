using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>A long report's closing context does not add a lesser domain; a short item's last sentences do.</summary>
public class DomainContextTests
{
    private const string Title = "Greek and Libyan coast guards seize cannabis boat off Tobruk";

    private static readonly string[] s_report =
    [
        "Greek and Libyan coast guard vessels intercepted a fishing boat carrying four tonnes of cannabis resin off Tobruk on Sunday in a joint operation.",
        "The crew of six was arrested and the drugs were taken to Tobruk port.",
        "Officials said the operation followed an exchange of information between the two coast guards.",
        "The boat had sailed from a port in the eastern Mediterranean.",
        "Investigators are trying to identify the buyers of the shipment.",
        "The Libyan coast guard said the seizure was the largest this year.",
        "The Greek ministry of maritime affairs thanked its Libyan partners.",
        "Cannabis resin sells for several thousand euros a kilo in Europe.",
        "The two coast guards plan more joint patrols in the coming months.",
        "Armed groups near Tobruk in eastern Libya have been linked to terrorism in the past.",
        "Libyan officials say terrorist cells also recruit in the area.",
        "Local fishermen say the traffic has grown since last year.",
        "The crew will appear before a Tobruk court next week.",
    ];

    [Fact]
    public void Terrorism_In_The_Closing_Context_Of_A_Long_Drug_Report_Is_Not_Its_Subject()
    {
        var result = TestClassifier.Article(Title, string.Join(' ', s_report));

        Assert.Contains(result.Domains, d => d.Id == "narcotics");
        Assert.DoesNotContain(result.Domains, d => d.Id == "terrorism");
    }

    [Fact]
    public void The_Same_Closing_Sentences_Count_In_A_Short_Item()
    {
        // A short item has no context tail: the check above is about a long report's closing paragraphs.
        var shortItem = s_report.Take(5).Concat(s_report.Skip(9).Take(2));
        var result = TestClassifier.Article(Title, string.Join(' ', shortItem));

        Assert.Contains(result.Domains, d => d.Id == "terrorism");
    }
}
