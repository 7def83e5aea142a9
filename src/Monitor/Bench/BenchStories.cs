using System.Globalization;

namespace Monitor.Bench;

/// <summary>
/// What a bench page is about. Like a real news feed, most stories are unrelated to security cooperation;
/// the cooperation ones vary their partner, place and date, so they form many small events rather than one
/// giant event that every article would contend for.
/// </summary>
internal sealed record BenchStory(string Title, bool Cooperation, IReadOnlyList<string> Sentences)
{
    private static readonly string[] Partners =
        ["Italy", "Malta", "Greece", "Tunisia", "Egypt", "France", "Spain", "the European Union", "UNODC", "INTERPOL", "the United States", "Germany"];

    private static readonly string[] Places = ["Tripoli", "Benghazi", "Misrata", "Sebha", "Zuwara", "Tobruk", "Rome", "Valletta", "Tunis"];

    private static readonly (string Subject, string Domain)[] Subjects =
    [
        ("coast guard training", "migrant smuggling at sea"),
        ("a memorandum on drug trafficking", "narcotics trafficking"),
        ("joint border patrols", "border security"),
        ("an investigation into human trafficking networks", "human trafficking"),
        ("equipment for a cybercrime unit", "cybercrime"),
        ("a workshop on money laundering", "financial crime"),
    ];

    private static readonly string[] CooperationTemplates =
    [
        "Libyan officials and a delegation from {0} met in {1} on {2} to discuss {3}.",
        "The Libyan Ministry of Interior said the agreement with {0} on {3} would take effect at once.",
        "Under the programme, {0} will provide training and equipment to Libyan units working on {4}.",
        "A spokesperson for the Libyan coast guard said cooperation with {0} had improved since last year.",
        "The two sides agreed to share information on networks involved in {4} and to meet again in {1}.",
        "Officials from {0} said the talks in {1} were part of a wider plan against {4} in the region.",
    ];

    private static readonly string[] Topics = ["Football", "Weather", "Markets", "Culture", "Health", "Transport", "Education", "Agriculture"];

    private static readonly string[] UnrelatedSentences =
    [
        "The national football team won its qualifying match in front of a full stadium on Saturday evening.",
        "Heavy rain flooded several streets in the old town and schools closed for two days.",
        "The central bank published new figures on inflation and the exchange rate for the third quarter.",
        "A new exhibition of ancient mosaics opened at the museum after five years of restoration.",
        "Farmers in the east expect a good olive harvest after a mild autumn and late rains.",
        "The trade fair attracted more than two hundred companies from the construction sector.",
        "Hospitals in the capital received new dialysis machines ordered earlier this year.",
        "The airline announced two new weekly flights to Istanbul from the start of next month.",
        "Teachers welcomed the plan to renovate forty schools in the southern districts.",
        "Fuel prices stayed unchanged for the sixth month in a row, the ministry said.",
        "The city council approved a budget for new street lighting along the seafront.",
        "A local startup launched a delivery application that now covers three cities.",
    ];

    /// <summary>The story of page <paramref name="index"/> in feed <paramref name="feed"/>; one in three is about cooperation.</summary>
    public static BenchStory For(int feed, int index)
    {
        var random = new Random((feed * 104_729) + (index * 31) + 7);
        var number = $"{feed.ToString(CultureInfo.InvariantCulture)}-{index.ToString(CultureInfo.InvariantCulture)}";
        if (((feed * 31) + index) % 3 != 0)
        {
            var topic = Topics[random.Next(Topics.Length)];
            return new BenchStory($"{topic}: local news round-up {number}", false, Pick(UnrelatedSentences, random, 48));
        }

        var partner = Partners[((feed * 13) + index) % Partners.Length];
        var place = Places[((feed * 7) + (index * 3)) % Places.Length];
        var (subject, domain) = Subjects[((feed * 5) + index) % Subjects.Length];
        var date = new DateOnly(2026, 11, 1).AddDays(((feed * 11) + index) % 28).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var cooperation = CooperationTemplates
            .Select(t => string.Format(CultureInfo.InvariantCulture, t, partner, place, date, subject, domain))
            .ToArray();
        // Cooperation sentences lead, as in a real report; background paragraphs follow.
        var sentences = cooperation.Concat(Pick(cooperation, random, 12)).Concat(Pick(UnrelatedSentences, random, 24)).ToList();
        return new BenchStory($"Libya and {partner} agree on {subject} ({number})", true, sentences);
    }

    private static List<string> Pick(string[] pool, Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Length)])];
}
