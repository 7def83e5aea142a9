using System.Globalization;
using System.Text;

namespace Monitor.Events;

/// <summary>Normalises text so that spellings of one word compare equal: case, diacritics and Arabic letter variants.</summary>
public static class TextKey
{
    /// <summary>Lower-case letters and digits, diacritics removed, every other run of characters turned into one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || raw == '\u0640')
            {
                // Accents, Arabic harakat and tatweel carry no identity: "Sarraj" and "Sarrâj" are one name.
                continue;
            }

            if (!char.IsLetterOrDigit(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldLetter(char.ToLowerInvariant(raw)));
        }

        return builder.ToString();
    }

    private static char FoldLetter(char c) => c switch
    {
        // Arabic spelling variants that outlets use interchangeably.
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        'ß' => 's',
        'ı' => 'i',
        _ => c,
    };
}
