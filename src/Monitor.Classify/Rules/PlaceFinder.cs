namespace Monitor.Classify.Rules;

/// <summary>Where the event took place: "in Cairo", "at the embassy in Cairo", "à Rome"; else a dateline city.</summary>
internal static class PlaceFinder
{
    private static readonly HashSet<string> s_prepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "à", "a", "en", "au", "nel", "nella", "في",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static PlaceTag? Find(ArticleText article, SentenceFacts[] facts, IReadOnlyList<int> eventSentences)
    {
        foreach (var s in eventSentences)
        {
            foreach (var (first, end) in facts[s].Places)
            {
                if (first > 0 && article.Tokens[first - 1].Sentence == s && s_lookup.Contains(article.Tokens[first - 1].ExactKey(article.Folded)))
                {
                    return new PlaceTag(article.TokenText(first, end), 0.8, article.EvidenceFor(s, "place:preposition"));
                }
            }
        }

        for (var s = article.TitleSentences; s < Math.Min(facts.Length, article.TitleSentences + 3); s++)
        {
            if (article.SentenceText(s).Length <= 80 && facts[s].Places.Count > 0)
            {
                var (first, end) = facts[s].Places[0];
                return new PlaceTag(article.TokenText(first, end), 0.6, article.EvidenceFor(s, "place:dateline"));
            }
        }

        return null;
    }
}
