namespace Monitor.Classify.Text;

/// <summary>
/// A light suffix stripper for Latin-script words (plural s, -ing, -ed, final e or y). It only ever shortens a word,
/// so a stem is a prefix span of the folded text, and it is applied alike to lexicon phrases and article text:
/// "trained", "training" and "trains" meet at "train"; "agency" and "agencies" at "agenc".
/// </summary>
internal static class Stemmer
{
    public static int StemLength(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length < 4 || !IsAsciiLetters(word))
        {
            return length;
        }

        if (EndsWith(word, length, "ies") && length > 4)
        {
            length -= 3;
        }
        else if (EndsWith(word, length, "sses"))
        {
            length -= 2;
        }
        else if (word[length - 1] == 's' && !EndsWith(word, length, "ss") && !EndsWith(word, length, "us") && !EndsWith(word, length, "is"))
        {
            length -= 1;
        }

        if (length >= 6 && EndsWith(word, length, "ing"))
        {
            length -= 3;
        }
        else if (length >= 5 && EndsWith(word, length, "ed"))
        {
            length -= 2;
        }

        // Final e goes ("agree"/"agreed"), except after c or g where a following y would collide ("police"/"policy").
        if (length >= 5 && word[length - 1] == 'e' && word[length - 2] is not ('c' or 'g'))
        {
            length -= 1;
        }
        else if (length >= 4 && word[length - 1] == 'y')
        {
            length -= 1;
        }

        return length;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, int length, string suffix) =>
        length >= suffix.Length && word[..length].EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
