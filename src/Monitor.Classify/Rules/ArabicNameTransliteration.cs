using System.Text;
using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// A rough Latin spelling of an Arabic-script name, only as precise as <see cref="PersonNames.Key"/> needs: the key keeps
/// consonants and a word-initial vowel, so "خالد المبروك" only has to come out as something like "khald al-mbruk" to meet
/// "Khaled Al-Mabrouk". Short vowels are not written in Arabic and are not needed: the skeleton drops them in Latin too.
/// </summary>
internal static class ArabicNameTransliteration
{
    public static bool ContainsArabic(string text)
    {
        foreach (var c in text)
        {
            if (TextFolding.IsArabicLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static string ToLatin(string name)
    {
        var sb = new StringBuilder(name.Length * 2);
        foreach (var raw in name.Split([' ', '\u00A0', '\t', '\n', '-', '،', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = StripMarks(raw);
            if (word.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            // Genealogy particles the Latin key already knows as particles.
            switch (word)
            {
                case "بن":
                    sb.Append("bin");
                    continue;
                case "بنت":
                    sb.Append("bint");
                    continue;
                case "ابن":
                case "إبن":
                    sb.Append("ibn");
                    continue;
            }

            // The article is its own particle ("al-"), as in "Al-Mabrouk"; the key drops it.
            if (word.Length > 3 && word[0] == 'ا' && word[1] == 'ل')
            {
                sb.Append("al-");
                word = word[2..];
            }

            AppendWord(sb, word);
        }

        return sb.ToString();
    }

    private static string StripMarks(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (TextFolding.IsArabicLetter(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void AppendWord(StringBuilder sb, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var initial = i == 0;
            var last = i == word.Length - 1;
            var nextIsVowelLetter = !last && word[i + 1] is 'ا' or 'و' or 'ي' or 'ى' or 'أ' or 'إ' or 'آ';
            sb.Append(c switch
            {
                'ا' or 'أ' or 'إ' or 'آ' or 'ٱ' or 'ع' or 'ى' => "a",
                'و' => initial || nextIsVowelLetter ? "w" : "u",
                'ي' => initial || nextIsVowelLetter ? "y" : "i",
                'ء' or 'ئ' or 'ؤ' or 'ة' => string.Empty,

                // A final heh after a consonant is the "-ah" of "Abdullah": Latin writes the vowel, so the key drops both.
                'ه' => last && !initial ? "ah" : "h",
                'ب' => "b",
                'ت' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' => "h",
                'خ' => "kh",
                'د' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' => "z",
                'س' => "s",
                'ش' => "sh",
                'ص' => "s",
                'ض' => "d",
                'ط' => "t",
                'ظ' => "z",
                'غ' => "gh",
                'ف' or 'ڤ' => "f",
                'ق' => "q",
                'ك' or 'ک' => "k",
                'گ' => "g",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'پ' => "b",
                'ی' => "i",
                _ => string.Empty,
            });
        }
    }
}
