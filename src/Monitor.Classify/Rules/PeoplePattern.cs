using System.Buffers;
using System.Text.RegularExpressions;

namespace Monitor.Classify.Rules;

/// <summary>
/// One way of naming people with a title, with the cheap tests that decide whether a sentence can hold one at all:
/// most sentences name nobody, and a vectorised search costs a fraction of a regex run.
/// </summary>
/// <param name="Regex">Groups "title" and "name".</param>
/// <param name="NameHoldsNoTerm">
/// Whether a name must not overlap a lexicon phrase. Arabic and lower-case Romance titles have no capital letters to
/// mark where the office ends and the name starts, so "مدير مكافحة الهجرة" must not yield a person "مكافحة الهجرة".
/// </param>
/// <param name="TitleWords">ASCII or Arabic title words (or parts of them); any one lets the regex run.</param>
/// <param name="AccentedTitleWords">
/// Title words with Latin accents ("général"), searched only in sentences that have an accented letter: a set of
/// non-ASCII strings falls off the fast vectorised path, and English sentences rarely have one.
/// </param>
/// <param name="ArabicOnly">Whether the titles are Arabic, so a sentence without an Arabic letter is skipped at once.</param>
internal sealed record PeoplePattern(
    Regex Regex,
    bool NameHoldsNoTerm,
    SearchValues<string> TitleWords,
    SearchValues<string>? AccentedTitleWords = null,
    bool ArabicOnly = false)
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly SearchValues<char> s_accented = SearchValues.Create("éèêëàâîïôûùçÉÈÊÀÂÎÔÛÇ");

    public bool MayHoldTitle(ReadOnlySpan<char> sentence)
    {
        if (ArabicOnly && sentence.IndexOfAnyInRange('\u0621', '\u064A') < 0)
        {
            return false;
        }

        return sentence.IndexOfAny(TitleWords) >= 0
            || (AccentedTitleWords is not null && sentence.IndexOfAny(s_accented) >= 0 && sentence.IndexOfAny(AccentedTitleWords) >= 0);
    }
}
