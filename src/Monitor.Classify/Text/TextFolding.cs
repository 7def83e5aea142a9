using System.Globalization;
using System.Text;

namespace Monitor.Classify.Text;

/// <summary>
/// Char-for-char folding (lower case, Latin accents removed, Arabic letter variants unified) so that folded text keeps
/// the offsets of the original and every later match can point back into it.
/// </summary>
internal static class TextFolding
{
    private static readonly char[] s_table = BuildTable();

    public static char Fold(char c) => s_table[c];

    /// <summary>Folds <paramref name="text"/> into a new array of the same length.</summary>
    public static char[] Fold(string text)
    {
        var result = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            result[i] = s_table[text[i]];
        }

        return result;
    }

    /// <summary>Arabic short vowels, shadda, sukun and tatweel: written or not, they do not change the word.</summary>
    public static bool IsArabicIgnorable(char c) => c is >= '\u064B' and <= '\u0652' or '\u0640' or '\u0670';

    public static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3';

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = (char)i;
        }

        for (var i = 0; i < 0x0530; i++)
        {
            var c = (char)i;
            if (!char.IsLetter(c))
            {
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 && char.IsLetter(decomposed[0]) ? decomposed[0] : c;
            table[i] = char.ToLower(baseChar, CultureInfo.InvariantCulture);
        }

        for (var i = 0x0530; i <= char.MaxValue; i++)
        {
            if (i is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var c = (char)i;
            if (char.IsUpper(c))
            {
                table[i] = char.ToLower(c, CultureInfo.InvariantCulture);
            }
        }

        // Arabic spelling variants that writers use interchangeably.
        table['\u0623'] = '\u0627'; // alef with hamza above
        table['\u0625'] = '\u0627'; // alef with hamza below
        table['\u0622'] = '\u0627'; // alef with madda
        table['\u0671'] = '\u0627'; // alef wasla
        table['\u0629'] = '\u0647'; // teh marbuta -> heh
        table['\u0649'] = '\u064A'; // alef maksura -> yeh
        table['\u2019'] = '\'';
        table['\u2018'] = '\'';
        table['\u02BC'] = '\'';
        return table;
    }
}
