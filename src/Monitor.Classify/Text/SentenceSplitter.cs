namespace Monitor.Classify.Text;

/// <summary>A sentence as a character range of the analysed text.</summary>
internal readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Splits at line breaks and at sentence-final punctuation followed by a capital, a digit, a quote or Arabic text,
/// except after common abbreviations, initials ("A. Omar") and dotted acronyms ("U.S. Drug").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "capt", "sgt", "st", "no", "jr", "sr", "vs", "etc",
        "inc", "ltd", "co", "corp", "gov", "sen", "rep", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mt", "ft", "approx", "fig", "al", "brig", "adm", "cdr", "messrs", "mme", "mlle", "sig",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviationLookup =
        s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Split(string text, int from, int to, List<SentenceSpan> sentences)
    {
        var start = -1;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                Close(text, ref start, i, sentences);
                continue;
            }

            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?' or '\u061F' or '\u2026'))
            {
                continue;
            }

            var j = i + 1;
            while (j < to && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '.' or '!' or '?')
            {
                j++;
            }

            if (j < to && !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < to && text[k] is ' ' or '\t' or '\u00A0')
            {
                k++;
            }

            if (k < to && !StartsSentence(text[k]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, i))
            {
                continue;
            }

            Close(text, ref start, j, sentences);
            i = j - 1;
        }

        Close(text, ref start, to, sentences);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u00AB' or '\'' or '(' or '\n' or '\r' || TextFolding.IsArabicLetter(c);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0)
        {
            return false;
        }

        // An initial ("A. Omar") or the last letter of a dotted acronym ("U.S.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return s_abbreviationLookup.Contains(word);
    }

    private static void Close(string text, ref int start, int end, List<SentenceSpan> sentences)
    {
        if (start < 0)
        {
            return;
        }

        var e = end;
        while (e > start && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (e > start)
        {
            sentences.Add(new SentenceSpan(start, e));
        }

        start = -1;
    }
}
