using Monitor.Classify.Rules;

namespace Monitor.Classify.Text;

/// <summary>Cheap language guess: Arabic by script, Latin-script languages by their commonest short words.</summary>
internal static class LanguageDetector
{
    private const int MaxTokens = 160;

    private static readonly (string Code, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] s_languages =
    [
        ("en", Lookup("the", "and", "of", "to", "in", "is", "with", "for", "on", "that", "was", "by", "has", "have")),
        ("fr", Lookup("le", "la", "les", "des", "et", "du", "est", "une", "dans", "pour", "avec", "au", "sur", "qui", "aux")),
        ("it", Lookup("il", "della", "di", "che", "per", "una", "con", "del", "sono", "nel", "gli", "alla", "dei", "delle", "anche")),
        ("es", Lookup("el", "los", "las", "y", "que", "por", "con", "una", "para", "del", "como", "fue")),
        ("de", Lookup("der", "die", "das", "und", "ist", "mit", "von", "den", "für", "nicht", "ein", "eine", "auf")),
    ];

    public static string? Detect(ArticleText article)
    {
        var arabic = 0;
        var latin = 0;
        var counts = new int[s_languages.Length];
        var limit = Math.Min(article.Tokens.Count, MaxTokens);
        for (var t = 0; t < limit; t++)
        {
            var token = article.Tokens[t];
            if ((token.Flags & TokenFlags.Arabic) != 0)
            {
                arabic++;
                continue;
            }

            latin++;
            var key = token.ExactKey(article.Folded);
            for (var l = 0; l < s_languages.Length; l++)
            {
                if (s_languages[l].Words.Contains(key))
                {
                    counts[l]++;
                }
            }
        }

        if (arabic > latin)
        {
            return "ar";
        }

        var best = -1;
        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] >= 3 && (best < 0 || counts[l] > counts[best]))
            {
                best = l;
            }
        }

        return best < 0 ? null : s_languages[best].Code;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
