using System.Globalization;
using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>Turns the phrase matches of an article into per-sentence facts for one watched country.</summary>
internal sealed class FactExtractor(Taxonomy taxonomy, LabelIndex labels)
{
    [Flags]
    private enum Mark : byte
    {
        None = 0,
        InstitutionStart = 1,
        PlacePreposition = 2,
        AffiliationEnd = 4,
        Entity = 8,
        PlaceName = 16,
        Demonym = 32,
    }

    public SentenceFacts[] Extract(ArticleText article, string watched, DateTimeOffset? published)
    {
        var facts = new SentenceFacts[article.Sentences.Count];
        var bodyIndex = 0;
        for (var s = 0; s < facts.Length; s++)
        {
            var isTitle = article.IsTitle(s);
            facts[s] = new SentenceFacts(labels.EventTypes.Count, labels.Domains.Count)
            {
                IsTitle = isTitle,
                BodyIndex = isTitle ? -1 : bodyIndex++,
                TokenCount = article.SentenceTokenStart[s + 1] - article.SentenceTokenStart[s],
            };
        }

        var marks = MarkTokens(article);
        var pendingGeneric = new List<(int Sentence, string Id)>();
        foreach (var match in article.Matches)
        {
            var sentence = article.Tokens[match.First].Sentence;
            Apply(article, facts[sentence], match, watched, marks, pendingGeneric, sentence);
        }

        foreach (var (sentence, id) in pendingGeneric)
        {
            if (facts[sentence].HasWatched && !facts[sentence].Actors.Contains(id))
            {
                facts[sentence].Actors.Add(id);
            }
        }

        MarkBackgroundYears(article, facts, published);
        return facts;
    }

    private void Apply(ArticleText article, SentenceFacts f, PhraseMatch match, string watched, Mark[] marks, List<(int, string)> pendingGeneric, int sentence)
    {
        var entry = match.Entry;
        switch (entry.Kind)
        {
            case EntryKind.Partner:
                if (entry.Id == watched)
                {
                    f.WatchedMentions++;
                }
                else if (taxonomy.Partner(entry.Id)?.Kind == "state" && IsPlaceUse(article, marks, match))
                {
                    f.Places.Add((match.First, match.End));
                }
                else if (!IsAffiliation(article, marks, match))
                {
                    AddDistinct(f.Partners, entry.Id);
                }

                break;
            case EntryKind.Demonym:
                if (entry.Id == watched)
                {
                    f.WatchedMentions++;
                }
                else if (match.End < marks.Length && InstitutionFollows(marks, match.End, article.Tokens))
                {
                    AddDistinct(f.Partners, entry.Id);
                }

                break;
            case EntryKind.Actor:
                if (entry.Country == watched)
                {
                    f.WatchedMentions++;
                    AddDistinct(f.Actors, entry.Id);
                }
                else if (entry.Country is not null && !IsAffiliation(article, marks, match))
                {
                    AddDistinct(f.Partners, entry.Country);
                }

                break;
            case EntryKind.GenericActor:
                // "Italian Ministry of Interior" is not the watched country's ministry.
                if (entry.Country == watched && !(match.First > 0 && (marks[match.First - 1] & Mark.Demonym) != 0))
                {
                    pendingGeneric.Add((sentence, entry.Id));
                }

                break;
            case EntryKind.City:
                if (entry.Country == watched)
                {
                    f.WatchedMentions++;
                }

                f.Places.Add((match.First, match.End));
                break;
            case EntryKind.Place:
                // "Washington said": a capital standing for its government; not in a dateline ("Cairo, Egypt") or "Lisbon-based".
                if (entry.Metonym && entry.Country != watched && f.TokenCount >= 8 && !IsPlaceUse(article, marks, match)
                    && !FollowedBy(article, match.End, "based") && !FollowedByCommaPlace(article, marks, match.End))
                {
                    AddDistinct(f.Partners, entry.Country!);
                }
                else
                {
                    f.Places.Add((match.First, match.End));
                }

                break;
            case EntryKind.Domain:
                f.DomainHits[labels.DomainIndex(entry.Id)] += entry.Weight;
                break;
            case EntryKind.EventCue:
                if (!OverlapsEntity(article, match))
                {
                    var k = labels.EventTypeIndex(entry.Id);
                    f.EventCues[k] = Math.Min(1.5, f.EventCues[k] + entry.Weight);
                }

                break;
            case EntryKind.Cooperation:
                if (!OverlapsEntity(article, match))
                {
                    f.Cooperation += entry.Weight;
                }

                break;
            case EntryKind.Opinion:
                f.Opinion += entry.Weight;
                break;
            case EntryKind.OpinionTitle:
                f.OpinionTitle = true;
                break;
            case EntryKind.Future:
                f.Future += entry.Weight;
                break;
            case EntryKind.Prospective:
                f.Prospective += entry.Weight;
                break;
            case EntryKind.Background:
                f.Background = true;
                break;
            case EntryKind.Security:
                f.SecurityCues++;
                break;
        }
    }

    private static Mark[] MarkTokens(ArticleText article)
    {
        var marks = new Mark[article.Tokens.Count];
        foreach (var match in article.Matches)
        {
            switch (match.Entry.Kind)
            {
                case EntryKind.InstitutionNoun:
                    marks[match.First] |= Mark.InstitutionStart;
                    break;
                case EntryKind.PlacePreposition:
                    marks[match.First] |= Mark.PlacePreposition;
                    break;
                case EntryKind.AffiliationTitle:
                    marks[match.End - 1] |= Mark.AffiliationEnd;
                    break;
                case EntryKind.Partner or EntryKind.Actor or EntryKind.GenericActor or EntryKind.City or EntryKind.Place or EntryKind.Demonym:
                    for (var t = match.First; t < match.End; t++)
                    {
                        marks[t] |= Mark.Entity;
                        if (match.Entry.Kind is EntryKind.City or EntryKind.Place)
                        {
                            marks[t] |= Mark.PlaceName;
                        }

                        if (match.Entry.Kind == EntryKind.Demonym)
                        {
                            marks[t] |= Mark.Demonym;
                        }
                    }

                    break;
            }
        }

        return marks;
    }

    /// <summary>"in Egypt", "in the United States", "Cairo, Egypt": the country is where something happened, not a party.</summary>
    private static bool IsPlaceUse(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;
        if (before >= 0 && IsWord(article, before, "the"))
        {
            before--;
        }

        if (before >= 0 && (marks[before] & Mark.PlacePreposition) != 0 && SameSentence(article, before, match.First))
        {
            return true;
        }

        // "Cairo, Egypt": a place name right before (only punctuation between).
        var previous = match.First - 1;
        return previous >= 0 && (marks[previous] & Mark.PlaceName) != 0 && SameSentence(article, previous, match.First)
            && article.Joined.AsSpan(article.Tokens[previous].End, article.Tokens[match.First].Start - article.Tokens[previous].End).Trim().SequenceEqual(",");
    }

    /// <summary>"Permanent Representative to the Arab League": a title, not a partner in the event.</summary>
    private static bool IsAffiliation(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var before = match.First - 1;
        if (before >= 0 && IsWord(article, before, "the"))
        {
            before--;
        }

        if (before < 1 || !IsWord(article, before, "to"))
        {
            return false;
        }

        return (marks[before - 1] & Mark.AffiliationEnd) != 0 && SameSentence(article, before - 1, match.First);
    }

    private static bool InstitutionFollows(Mark[] marks, int from, List<Token> tokens)
    {
        var sentence = tokens[from - 1].Sentence;
        for (var t = from; t < Math.Min(marks.Length, from + 3); t++)
        {
            if (tokens[t].Sentence != sentence)
            {
                return false;
            }

            if ((marks[t] & Mark.InstitutionStart) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue inside an institution's name ("Police Training Institute") says nothing about the event.</summary>
    private static bool OverlapsEntity(ArticleText article, PhraseMatch match)
    {
        for (var t = match.First; t < match.End; t++)
        {
            if (article.InsideName[t])
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBy(ArticleText article, int token, string word) =>
        token < article.Tokens.Count && IsWord(article, token, word) && article.Tokens[token].Sentence == article.Tokens[token - 1].Sentence;

    private static bool FollowedByCommaPlace(ArticleText article, Mark[] marks, int token) =>
        token < article.Tokens.Count && (marks[token] & Mark.PlaceName) != 0 && SameSentence(article, token - 1, token)
        && article.Joined.AsSpan(article.Tokens[token - 1].End, article.Tokens[token].Start - article.Tokens[token - 1].End).Trim().SequenceEqual(",");

    private static bool SameSentence(ArticleText article, int a, int b) => article.Tokens[a].Sentence == article.Tokens[b].Sentence;

    internal static bool IsWord(ArticleText article, int token, string word) =>
        article.Tokens[token].ExactKey(article.Folded).SequenceEqual(word);

    /// <summary>"In 2023, ..." or "since 2020": a year before the article's marks the sentence as background.</summary>
    private static void MarkBackgroundYears(ArticleText article, SentenceFacts[] facts, DateTimeOffset? published)
    {
        var tokens = article.Tokens;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            var next = tokens[t + 1];
            if ((next.Flags & TokenFlags.Digits) == 0 || next.Length != 4 || next.Sentence != tokens[t].Sentence)
            {
                continue;
            }

            var key = tokens[t].ExactKey(article.Folded);
            var since = key.SequenceEqual("since") || key.SequenceEqual("depuis") || key.SequenceEqual("dal") || key.SequenceEqual("منذ");
            var inYear = key.SequenceEqual("in") || key.SequenceEqual("en") || key.SequenceEqual("nel") || key.SequenceEqual("في");
            if (!since && !inYear)
            {
                continue;
            }

            if (!int.TryParse(article.Joined.AsSpan(next.Start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1950 or > 2100)
            {
                continue;
            }

            var f = facts[next.Sentence];
            var sentenceInitial = t == article.SentenceTokenStart[next.Sentence];
            if (since || (published is { } p ? year < p.Year : sentenceInitial))
            {
                f.Background = true;
            }
        }
    }

    private static void AddDistinct(List<string> list, string id)
    {
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }
}
