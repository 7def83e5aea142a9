using System.Text;
using Monitor.Classify.Text;

namespace Monitor.Classify;

/// <summary>
/// A key under which transliterations of one name meet: "Khaled Almabrok A. Omar" and "Khaled Al-Mabrouk Abdel-Nabi",
/// "Mohamed"/"Mohammed"/"Muhammad", "Abdulhamid Dbeibah"/"Abdul Hamid Dbeiba", and "عبد الحميد الدبيبة" with both.
/// </summary>
/// <remarks>
/// Scheme: drop honorifics, initials and particles (al-, el-, bin, ibn...); glue "Abd"/"Abdel"/"Abdul" to the next
/// word; keep the given name and the first family name (later names are often patronymics or tribe names that
/// outlets include or omit); reduce each to a consonant skeleton (a leading vowel becomes "a", other vowels go,
/// kh/gh/q/g -> k, ph -> f, dh/th -> d/t, doubled letters collapse, a final h after a vowel goes).
/// </remarks>
public static class PersonNames
{
    private static readonly HashSet<string> s_honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "sheikh", "sayyid", "haj", "hajj", "eng", "gen", "general", "major", "colonel", "col",
        "brigadier", "ambassador", "minister", "director", "head", "chief", "captain", "lieutenant", "sir", "h", "e", "he",
    };

    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "al-", "bin", "ben", "ibn", "bint", "ould", "de", "da", "di", "van", "von", "der", "le", "la",
    };

    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // An Arabic-script name meets its Latin transliterations through a rough Latin spelling of its own.
        if (Rules.ArabicNameTransliteration.ContainsArabic(name))
        {
            name = Rules.ArabicNameTransliteration.ToLatin(name);
        }

        var words = SplitWords(name);
        var kept = new List<string>(4);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 1 || s_honorifics.Contains(w) || s_particles.Contains(w))
            {
                continue;
            }

            if (w is "abd" or "abdel" or "abdul" or "abdal" or "abdol" or "abdil" or "abdu" && i + 1 < words.Count)
            {
                var next = words[i + 1];
                var skip = s_particles.Contains(next) && i + 2 < words.Count ? 2 : 1;
                kept.Add("abd" + StripArticle(words[i + skip]));
                i += skip;
                continue;
            }

            if (w.StartsWith("abd", StringComparison.Ordinal) && w.Length > 6)
            {
                kept.Add("abd" + StripArticle(StripAbdPrefix(w)));
                continue;
            }

            // A glued article ("Almabrok") after the given name; a given name itself may start with "al" (Alexis, Ali).
            kept.Add(kept.Count > 0 ? StripArticle(w) : w);
        }

        if (kept.Count == 0)
        {
            return string.Empty;
        }

        var key = Skeleton(kept[0]);
        return kept.Count > 1 ? key + " " + Skeleton(kept[1]) : key;
    }

    private static List<string> SplitWords(string name)
    {
        var folded = TextFolding.Fold(name.Trim());
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '`')
            {
                continue; // "Ja'far" and "Jafar" are one name
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string StripAbdPrefix(string w)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["abdel", "abdul", "abdal", "abdol", "abdil", "abd"])
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length - prefix.Length >= 3)
            {
                return w[prefix.Length..];
            }
        }

        return w;
    }

    private static string StripArticle(string w) =>
        w.Length >= 6 && (w.StartsWith("al", StringComparison.Ordinal) || w.StartsWith("el", StringComparison.Ordinal)) ? w[2..] : w;

    private static string Skeleton(string word)
    {
        var w = word
            .Replace("kh", "k", StringComparison.Ordinal)
            .Replace("gh", "k", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal)
            .Replace("dj", "j", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace('q', 'k')
            .Replace('g', 'k')
            .Replace('c', 'k');
        if (w.Length > 2 && w[^1] == 'h' && IsVowel(w[^2]))
        {
            w = w[..^1];
        }

        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            char mapped;
            if (IsVowel(c))
            {
                if (i != 0)
                {
                    continue;
                }

                mapped = 'a';
            }
            else
            {
                mapped = c;
            }

            if (sb.Length > 0 && sb[^1] == mapped)
            {
                continue;
            }

            sb.Append(mapped);
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
