using System.Globalization;

namespace Monitor.Classify.Text;

/// <summary>
/// Splits text into words: runs of letters and digits; apostrophes and hyphens separate words ("l'Union" -> l, union;
/// "MAOC-N" -> maoc, n); dotted acronyms ("U.S.") become one word. Arabic words lose their diacritics and leading
/// clitics (wa-, fa-, bi-, li-, ka-, al-) so that "والاتحاد" and "الاتحاد" share a key.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, char[] folded, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            if (TryDottedAcronym(text, i, out var acronymEnd, out var acronymKey))
            {
                tokens.Add(new Token
                {
                    Start = i,
                    End = acronymEnd,
                    KeyOverride = acronymKey,
                    Flags = TokenFlags.AllUpper | TokenFlags.InitialUpper,
                });
                i = acronymEnd;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            tokens.Add(MakeToken(text, folded, start, i));
        }
    }

    /// <summary>Tokenizes a lexicon phrase and returns its exact and stemmed keys.</summary>
    public static (string[] Exact, string[] Stem, Token[] Tokens) KeysOf(string phrase)
    {
        var folded = TextFolding.Fold(phrase);
        var list = new List<Token>();
        Tokenize(phrase, folded, list);
        var exact = new string[list.Count];
        var stem = new string[list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            exact[k] = list[k].ExactKey(folded).ToString();
            stem[k] = list[k].StemKey(folded).ToString();
        }

        return (exact, stem, list.ToArray());
    }

    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
        }

        return char.IsLetterOrDigit(c)
            || TextFolding.IsArabicIgnorable(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
    }

    private static Token MakeToken(string text, char[] folded, int start, int end)
    {
        var token = new Token { Start = start, End = end, KeyStart = start, KeyEnd = end, StemEnd = end };
        var letters = 0;
        var upper = 0;
        var digits = 0;
        var arabic = false;
        var ignorable = false;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (c < 128)
            {
                // ASCII fast path: most words of most articles.
                if (c <= '9')
                {
                    digits++;
                }
                else
                {
                    letters++;
                    upper += c <= 'Z' ? 1 : 0;
                }

                continue;
            }

            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }

                arabic |= TextFolding.IsArabicLetter(c);
            }

            ignorable |= TextFolding.IsArabicIgnorable(c);
        }

        if (letters > 0 && upper == letters)
        {
            token.Flags |= TokenFlags.AllUpper;
        }

        if (char.IsUpper(text[start]))
        {
            token.Flags |= TokenFlags.InitialUpper;
        }

        if (digits == end - start)
        {
            token.Flags |= TokenFlags.Digits;
        }

        if (arabic)
        {
            token.Flags |= TokenFlags.Arabic;
            if (ignorable)
            {
                var clean = new System.Text.StringBuilder(end - start);
                for (var k = start; k < end; k++)
                {
                    if (!TextFolding.IsArabicIgnorable(text[k]))
                    {
                        clean.Append(folded[k]);
                    }
                }

                var key = clean.ToString();
                token.KeyOverride = key[ArabicCliticLength(key)..];
            }
            else
            {
                token.KeyStart = start + ArabicCliticLength(folded.AsSpan(start, end - start));
                token.StemEnd = end;
            }

            return token;
        }

        token.StemEnd = start + Stemmer.StemLength(folded.AsSpan(start, end - start));
        return token;
    }

    /// <summary>How many leading characters are clitics (conjunction, preposition, article), keeping at least three letters.</summary>
    private static int ArabicCliticLength(ReadOnlySpan<char> word)
    {
        var cut = 0;
        while (true)
        {
            var rest = word.Length - cut;
            if (rest >= 5 && word[cut] == '\u0627' && word[cut + 1] == '\u0644')
            {
                cut += 2;
            }
            else if (rest >= 4 && word[cut] is '\u0648' or '\u0641' or '\u0628' or '\u0643' or '\u0644')
            {
                cut += 1;
            }
            else
            {
                return cut;
            }
        }
    }

    private static bool TryDottedAcronym(string text, int start, out int end, out string key)
    {
        end = start;
        key = string.Empty;
        var i = start;
        var letters = 0;
        Span<char> buffer = stackalloc char[8];
        while (i + 1 < text.Length && letters < buffer.Length && char.IsAsciiLetterUpper(text[i]) && text[i + 1] == '.')
        {
            buffer[letters++] = char.ToLowerInvariant(text[i]);
            i += 2;
        }

        if (letters < 2)
        {
            return false;
        }

        end = i;
        key = new string(buffer[..letters]);
        return true;
    }
}
