namespace Monitor.Events;

/// <summary>
/// The comparable words of a title. <see cref="Anchors"/> are the parts that read the same in any language
/// (numbers, acronyms such as "DEA" or "UNODC"), so they weigh more than ordinary words.
/// </summary>
public sealed class TitleTokens
{
    // Function words of the languages the monitor reads most; they say nothing about which event a title reports.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "into", "over", "its", "their", "has", "have", "had", "was", "were", "will",
        "are", "this", "that", "new", "says", "said", "after", "about", "between", "against", "libya", "libyan",
        "les", "des", "une", "pour", "avec", "dans", "sur", "par", "aux", "del", "della", "delle", "degli", "con",
        "per", "una", "gli", "los", "las", "por", "para", "libye", "libyen", "libia", "libico",
        "في", "من", "على", "الى", "الي", "مع", "عن", "ليبيا", "الليبيه",
    };

    private TitleTokens(IReadOnlySet<string> words, IReadOnlySet<string> anchors)
    {
        Words = words;
        Anchors = anchors;
    }

    public static TitleTokens Empty { get; } = new(new HashSet<string>(), new HashSet<string>());

    public IReadOnlySet<string> Words { get; }

    public IReadOnlySet<string> Anchors { get; }

    public static TitleTokens Of(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = raw.Trim('(', ')', '[', ']', ',', '.', ':', ';', '"', '\'', '!', '?');
                if (IsAcronym(trimmed) || IsNumber(trimmed))
                {
                    anchors.Add(TextKey.Normalize(trimmed));
                }
            }

            foreach (var word in TextKey.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if ((word.Length >= 3 || word.All(char.IsDigit)) && !StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        return new TitleTokens(words, anchors);
    }

    /// <summary>Title similarity in 0..1: anchors decide when either side has some, ordinary words fill in.</summary>
    public double Similarity(TitleTokens other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var words = Jaccard(Words, other.Words);
        if (Anchors.Count == 0 && other.Anchors.Count == 0)
        {
            return words;
        }

        return (0.6 * Jaccard(Anchors, other.Anchors)) + (0.4 * words);
    }

    internal static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 8 && token.All(c => char.IsUpper(c) || c == '-') && token.Count(char.IsUpper) >= 2;

    private static bool IsNumber(string token) => token.Length > 0 && token.All(c => char.IsDigit(c) || c is '-' or '/');
}
