using System.Text.RegularExpressions;
using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// A person's affiliation comes from their own noun phrase only: "Libyan Interior Minister Khaled Ben Omran" works for
/// Libya's ministry even when the sentence goes on to name another country's ministry, and "Jason Schumacher, Regional
/// Director of UNODC" for the organisation after the title. A generic institution ("Interior Minister") belongs to the
/// country that qualifies it ("Italian", "Libya's"), or to the watched country when nothing does.
/// </summary>
internal static class PersonAffiliation
{
    private const int MaxPhraseWords = 8;

    /// <summary>Small words that stay inside a title's noun phrase ("Minister of the Interior", "Director for Africa").</summary>
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "for", "on", "de", "du", "des", "la", "le", "di", "del", "della", "al", "el",
    };

    public static string? Find(ArticleText article, int sentence, Group title, Group name, string watched, PhraseTrie? trie = null)
    {
        var span = article.Sentences[sentence];
        var titleFirst = title.Index < name.Index;
        var from = titleFirst ? PhraseStart(article.Joined, span.Start, title.Index) : title.Index;
        var to = titleFirst ? name.Index : TailEnd(article.Joined, title.Index + title.Length, span.End);
        var candidates = new List<PhraseMatch>();
        foreach (var match in article.Matches)
        {
            var token = article.Tokens[match.First];
            if (token.Sentence == sentence && token.Start >= from && token.Start < to
                && match.Entry.Kind is EntryKind.Actor or EntryKind.GenericActor or EntryKind.Partner or EntryKind.Demonym)
            {
                candidates.Add(match);
            }
        }

        // The head of the phrase first. "Libyan Interior Minister Khaled Ben Omran": the words right before the name.
        // "The Minister of Interior of the Government of National Unity, Emad Trabelsi": the title itself, its "of ..."
        // tail only qualifying it. "Jason Schumacher, Regional Director of UNODC": the first organisation after the title.
        if (titleFirst)
        {
            var titleThenName = article.Joined.AsSpan(title.Index + title.Length, name.Index - title.Index - title.Length).Contains(',');
            var headFrom = titleThenName ? title.Index : int.MaxValue;
            candidates = candidates
                .OrderBy(c => article.Tokens[c.First].Start >= headFrom ? 0 : 1)
                .ThenBy(c => article.Tokens[c.First].Start >= headFrom ? article.Tokens[c.First].Start : -article.Tokens[c.First].Start)
                .ToList();
        }

        if (trie is not null && titleFirst && title.Length > 0 && char.IsLower(title.Value[0])
            && SplitOffice(article, title, name, candidates, trie, watched) is { } office)
        {
            return office;
        }

        foreach (var candidate in candidates)
        {
            switch (candidate.Entry.Kind)
            {
                case EntryKind.GenericActor:
                    var qualifier = Qualifier(candidates, candidate);
                    var sameSpan = candidates.Where(c => c.First == candidate.First && c.End == candidate.End && c.Entry.Kind == EntryKind.GenericActor);
                    var owner = qualifier ?? watched;
                    if (sameSpan.FirstOrDefault(c => c.Entry.Country == owner) is { Entry: not null } own)
                    {
                        return own.Entry.Id;
                    }

                    if (qualifier is not null)
                    {
                        return qualifier;
                    }

                    break;
                default:
                    return candidate.Entry.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// French and Italian put the nationality inside the office: "le ministre libyen de l'Intérieur" is Libya's
    /// "ministre de l'Intérieur". Without the nationality the title and its complement name a generic institution,
    /// which belongs to that nationality or, when none is given, to the watched country.
    /// </summary>
    private static string? SplitOffice(ArticleText article, Group title, Group name, List<PhraseMatch> candidates, PhraseTrie trie, string watched)
    {
        string? qualifier = null;
        var office = new System.Text.StringBuilder();
        var at = title.Index;
        foreach (var c in candidates.Where(c => c.Entry.Kind == EntryKind.Demonym).OrderBy(c => article.Tokens[c.First].Start))
        {
            var start = article.Tokens[c.First].Start;
            if (start < at)
            {
                continue;
            }

            qualifier ??= c.Entry.Id;
            office.Append(article.Joined, at, start - at);
            at = article.Tokens[c.End - 1].End;
        }

        office.Append(article.Joined, at, name.Index - at);
        var phrase = office.ToString().Trim().TrimEnd(',').Trim();
        string? any = null;
        foreach (var entry in trie.Lookup(phrase))
        {
            if (entry.Kind == EntryKind.GenericActor && entry.Country == (qualifier ?? watched))
            {
                return entry.Id;
            }

            if (entry.Kind == EntryKind.Actor)
            {
                any ??= entry.Id;
            }
        }

        return any;
    }

    /// <summary>The nationality or country named elsewhere in the phrase ("Italian", "Libya's").</summary>
    private static string? Qualifier(List<PhraseMatch> candidates, PhraseMatch institution)
    {
        foreach (var c in candidates)
        {
            if ((c.First != institution.First || c.End != institution.End) && c.Entry.Kind is EntryKind.Demonym or EntryKind.Partner)
            {
                return c.Entry.Id;
            }
        }

        return null;
    }

    /// <summary>Walks back from the title over capitalised words and connectors: "the Libyan Interior Minister".</summary>
    private static int PhraseStart(string text, int sentenceStart, int titleStart)
    {
        var start = titleStart;
        var i = titleStart;
        for (var words = 0; words < MaxPhraseWords; words++)
        {
            var end = i;
            while (end > sentenceStart && text[end - 1] == ' ')
            {
                end--;
            }

            var begin = end;
            while (begin > sentenceStart && IsWordChar(text[begin - 1]))
            {
                begin--;
            }

            if (begin == end || !(char.IsUpper(text[begin]) || s_connectors.Contains(text[begin..end])))
            {
                break;
            }

            start = begin;
            i = begin;
        }

        return start;
    }

    /// <summary>After a title that follows the name: "of UNODC", "for the International Organization for Migration".</summary>
    private static int TailEnd(string text, int titleEnd, int sentenceEnd)
    {
        var end = titleEnd;
        var i = titleEnd;
        var first = true;
        for (var words = 0; words < MaxPhraseWords; words++)
        {
            var begin = i;
            while (begin < sentenceEnd && text[begin] == ' ')
            {
                begin++;
            }

            var stop = begin;
            while (stop < sentenceEnd && IsWordChar(text[stop]))
            {
                stop++;
            }

            if (stop == begin)
            {
                break;
            }

            var word = text[begin..stop];
            var connector = s_connectors.Contains(word) || word is "at" or "to";
            if (first ? !connector : !(connector || char.IsUpper(word[0])))
            {
                break;
            }

            first = false;
            end = stop;
            i = stop;
        }

        return end;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' or '.';
}
