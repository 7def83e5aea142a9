using System.Text.RegularExpressions;
using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// People named with a title: "Major General Khaled Al-Mabrouk", "the Minister of Interior of the Government of
/// National Unity, Khaled Mazen", "Jason Schumacher, Regional Director", "le ministre libyen de l'Intérieur, Imad
/// Trabelsi", "اللواء خالد المبروك". The regexes are built once from the taxonomy's titles.
/// </summary>
internal sealed class PeopleFinder
{
    private const string NameWord = @"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*";
    private const string Name = NameWord + @"(?:\s+(?:(?:al|el|bin|ben|ibn|abu|Abu|de|di|van|von)[\s-])?" + NameWord + @"|\s+\p{Lu}\.){0,4}";
    private const string TitleTail = @"\s+(?:of|for|to)(?:\s+(?:of|for|to|the|and|at|in|on|\p{Lu}[\p{L}'’-]*))+?";

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Libya", "Libyan", "Ministry", "Agency", "General", "Directorate", "Office", "Department",
        "Government", "Council", "Embassy", "Union", "Nations", "Interior", "Foreign", "Affairs", "Defence", "Defense", "Justice",
        "National", "Coast", "Guard", "Police", "Head", "Director", "Minister", "Ambassador", "President", "Prime", "Secretary",
        "Regional", "Deputy", "Chief", "Commander", "Agreement", "Memorandum", "Operation", "Program", "Programme", "Project",
        "Middle", "East", "Africa", "North", "European", "International", "Organization", "Security", "State", "Republic",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Centre", "Center", "Force", "Forces",
    };

    private readonly List<PeoplePattern> _patterns = [];
    private readonly Taxonomy _taxonomy;

    public PeopleFinder(Taxonomy taxonomy)
    {
        _taxonomy = taxonomy;

        // The taxonomy lists titles of three shapes: capitalised English ones, French and Italian ones in lower case
        // (as running text writes them) and Arabic ones. Each shape has its own grammar between title and name.
        var arabic = taxonomy.PersonTitles.Where(ArabicNameTransliteration.ContainsArabic).ToArray();
        var romance = taxonomy.PersonTitles.Where(t => t.Length > 0 && char.IsLower(t[0]) && !ArabicNameTransliteration.ContainsArabic(t)).ToArray();
        var english = taxonomy.PersonTitles.Where(t => t.Length > 0 && !arabic.Contains(t) && !romance.Contains(t)).ToArray();
        var titles = string.Join('|', english.OrderByDescending(t => t.Length).Select(Regex.Escape));
        var pattern =
            $@"(?<![\p{{L}}])(?<title>(?:{titles}))(?:{TitleTail}),\s+(?<name>{Name})(?![\p{{L}}])" +
            $@"|(?<![\p{{L}}])(?<title>(?:{titles}))\s+(?<name>{Name})(?![\p{{L}}])" +
            $@"|(?<![\p{{L}}])(?<name>{Name}),\s+(?:the\s+)?(?<title>(?:\p{{Lu}}\p{{Ll}}+\s+)?(?:{titles}))(?![\p{{L}}])";
        if (english.Length > 0)
        {
            _patterns.Add(new PeoplePattern(
                new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, PeoplePattern.MatchTimeout),
                NameHoldsNoTerm: false,
                System.Buffers.SearchValues.Create(english, StringComparison.Ordinal)));
        }

        if (RomancePeoplePattern.Build(romance) is { } romancePattern)
        {
            _patterns.Add(romancePattern);
        }

        if (ArabicPeoplePattern.Build(arabic) is { } arabicPattern)
        {
            _patterns.Add(arabicPattern);
        }
    }

    /// <summary>People in the headline, the lead and the sentences that report the event.</summary>
    public List<PersonMention> Find(ArticleText article, SentenceFacts[] facts, IReadOnlyList<int> eventSentences, string watched)
    {
        var people = new List<PersonMention>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var f = facts[s];
            if (!(f.IsTitle || f.BodyIndex < 3 || (f.HasWatched && f.Actors.Count > 0) || eventSentences.Contains(s)))
            {
                continue;
            }

            // Most sentences name nobody: a vectorised search for a title word decides whether a regex runs at all.
            var span = article.Sentences[s];
            var text = article.Joined.AsSpan(span.Start, span.End - span.Start);
            foreach (var pattern in _patterns)
            {
                if (!pattern.MayHoldTitle(text))
                {
                    continue;
                }

                Match m;
                try
                {
                    m = pattern.Regex.Match(article.Joined, span.Start, span.End - span.Start);
                }
                catch (RegexMatchTimeoutException)
                {
                    continue;
                }

                for (; m.Success; m = NextOrEnd(m))
                {
                    Add(article, s, m, pattern.NameHoldsNoTerm, people, keys, watched);
                }
            }
        }

        return people;
    }

    private void Add(
        ArticleText article, int sentence, Match m, bool nameHoldsNoTerm, List<PersonMention> people, HashSet<string> keys, string watched)
    {
        var nameGroup = m.Groups["name"];
        var name = TrimName(nameGroup.Value);
        if (!LooksLikeName(name) || (nameHoldsNoTerm && HoldsLexiconTerm(article, nameGroup.Index, nameGroup.Index + nameGroup.Length))
            || IsSentenceOpener(article, sentence, m, name))
        {
            return;
        }

        var key = PersonNames.Key(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "Ambassador Thabet" after "Ambassador Abdel-Mutalib Thabet": the same person by surname.
        if (key.Length == 0 || !keys.Add(key) || (words == 1 && people.Exists(p => p.Key.EndsWith(" " + key, StringComparison.Ordinal))))
        {
            return;
        }

        people.Add(new PersonMention(
            name,
            key,
            m.Groups["title"].Value.Trim(),
            PersonAffiliation.Find(article, sentence, m.Groups["title"], nameGroup, watched, _taxonomy.Trie),
            words >= 2 ? 0.8 : 0.5,
            article.EvidenceFor(sentence, "person:title")));
    }

    /// <summary>
    /// "Separately, the Attorney General's Office said": one capitalised word opening a sentence before a comma and a
    /// title is an adverb or a connective far more often than a surname, and a surname alone is rarely a first mention.
    /// </summary>
    private static bool IsSentenceOpener(ArticleText article, int sentence, Match m, string name) =>
        m.Groups["name"].Index < m.Groups["title"].Index
        && !name.Contains(' ', StringComparison.Ordinal)
        && article.Joined.AsSpan(article.Sentences[sentence].Start, m.Groups["name"].Index - article.Sentences[sentence].Start).Trim(" \"'“‘(".AsSpan()).IsEmpty;

    private static Match NextOrEnd(Match m)
    {
        try
        {
            return m.NextMatch();
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    /// <summary>Whether a lexicon phrase (an institution, a place, a domain word) lies inside the name's span.</summary>
    private static bool HoldsLexiconTerm(ArticleText article, int start, int end)
    {
        foreach (var match in article.Matches)
        {
            var first = article.Tokens[match.First];
            if (first.Start < end && article.Tokens[match.End - 1].End > start && match.Entry.Kind is not EntryKind.Demonym)
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimName(string name) => name.Trim().TrimEnd('’', '\'');

    private bool LooksLikeName(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_notNames.Contains(word.TrimEnd('.')))
            {
                return false;
            }
        }

        return _taxonomy.ResolvePartner(name) is null && _taxonomy.ResolveActor(name) is null;
    }
}
