using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// Roles that keep a named body out of the event even in a sentence about it: the source of figures ("according to
/// IOM data"), a body said not to take part ("Egypt was not represented"), a commentator on someone else's act
/// ("UNHCR urged both governments"), the body whose gathering hosted a side meeting ("on the sidelines of a MENAFATF
/// meeting"), and an umbrella named for its member ("UNODC ... the UN office said").
/// </summary>
internal sealed partial class FactExtractor
{
    /// <summary>How far after "according to" a cited body may stand ("according to figures from the UN refugee agency").</summary>
    private const int SourceReach = 6;

    /// <summary>How far after its subject a comment verb may stand ("UNHCR said in a statement that it ... urged").</summary>
    private const int CommentReach = 16;

    /// <summary>Words that open a new clause with its own subject: "Libya and Italy signed, but Malta was not involved".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_clauseBreaks =
        new HashSet<string>(["but", "while", "whereas", "although", "though", "mais", "alors", "tandis", "ma", "mentre", "بينما", "لكن"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A body named in a role that is not taking part in the event the sentence reports.</summary>
    private static bool IsBystander(ArticleText article, Mark[] marks, PhraseMatch match) =>
        IsCitedSource(article, marks, match) || DeniedParticipation(article, marks, match) || IsCommentator(article, marks, match)
        || InsideSidelinesClause(article, match.First);

    /// <summary>
    /// "according to IOM data", "citing figures from an INTERPOL assessment", "selon les chiffres du HCR", "secondo i dati
    /// dell'OIM", "وفقا لبيانات المنظمة الدولية للهجرة": the body supplied a figure. A cooperation word in between ("according
    /// to the agreement between Italy and Libya") or a comma ends the citation.
    /// </summary>
    private static bool IsCitedSource(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        for (var t = match.First - 1; t >= Math.Max(0, match.First - SourceReach) && SameSentence(article, t, match.First); t--)
        {
            if ((marks[t] & Mark.Source) != 0)
            {
                return true;
            }

            if ((marks[t] & Mark.Cue) != 0 || HasCommaBetween(article, t, t + 1))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Italy, which has its own agreement with Libya, was not a party to the protocol", "Spain and Morocco were not
    /// invited": the subject of a denial of taking part. Only names (and their joiners) may stand before it in its clause.
    /// </summary>
    private static bool DeniedParticipation(ArticleText article, Mark[] marks, PhraseMatch match) =>
        IsClauseSubject(article, marks, match) && FindAfter(article, marks, match, Mark.NonParticipation, int.MaxValue, allowEntities: true);

    /// <summary>
    /// "UNHCR said in a statement that it was studying the text and urged both governments...", "The European Commission
    /// ... reminded member states": the subject of a comment verb speaks about the event, it does not take part in it.
    /// </summary>
    private static bool IsCommentator(ArticleText article, Mark[] marks, PhraseMatch match) =>
        IsClauseSubject(article, marks, match) && FindAfter(article, marks, match, Mark.Comment, CommentReach, allowEntities: false);

    /// <summary>Nothing but names, list joiners and articles stand between the start of the clause and the match.</summary>
    private static bool IsClauseSubject(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var sentenceStart = article.SentenceTokenStart[article.Tokens[match.First].Sentence];
        for (var t = match.First - 1; t >= sentenceStart; t--)
        {
            var key = article.Tokens[t].ExactKey(article.Folded);
            if (s_clauseBreaks.Contains(key) || HasSemicolonBetween(article, t, t + 1))
            {
                return true;
            }

            // "IOM counted 12,000 interceptions this year, and UNHCR recorded 900 deaths": "and" after a word that is no
            // name opens a new clause (not "Libya, Italy and Malta").
            if (s_listJoiners.Contains(key) && t > sentenceStart && (marks[t - 1] & Mark.Entity) == 0)
            {
                return true;
            }

            if ((marks[t] & Mark.Entity) == 0 && !s_listJoiners.Contains(key) && !s_definiteArticles.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token with <paramref name="mark"/> after the match, in its sentence and clause.</summary>
    private static bool FindAfter(ArticleText article, Mark[] marks, PhraseMatch match, Mark mark, int reach, bool allowEntities)
    {
        var end = Math.Min(marks.Length, match.End + (reach == int.MaxValue ? marks.Length : reach));
        for (var t = match.End; t < end && SameSentence(article, match.First, t); t++)
        {
            if ((marks[t] & mark) != 0)
            {
                return true;
            }

            if (s_clauseBreaks.Contains(article.Tokens[t].ExactKey(article.Folded)) || (!allowEntities && (marks[t] & Mark.Entity) != 0))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "the UN office said", "a UN counter-terror course": an umbrella followed by a noun naming one of its bodies, or
    /// qualifying the event one of them runs.
    /// </summary>
    private bool IsUmbrellaReference(ArticleText article, Mark[] marks, PhraseMatch match) =>
        taxonomy.Umbrellas.Contains(match.Entry.Id) && match.End < marks.Length && SameSentence(article, match.First, match.End)
        && ((marks[match.End] & Mark.BodyNoun) != 0 || QualifiesEvent(article, marks, match.End));

    /// <summary>An umbrella named for its member stays out when a member is a partner anywhere in the article.</summary>
    private void ResolveUmbrellas(SentenceFacts[] facts)
    {
        foreach (var f in facts)
        {
            foreach (var umbrella in f.UmbrellaPartners)
            {
                var memberNamed = facts.Any(other => other.Partners.Exists(p => taxonomy.ParentOf(p) == umbrella));
                if (!memberNamed)
                {
                    AddDistinct(f.Partners, umbrella);
                }
            }
        }
    }

    /// <summary>
    /// "vertice italo-libico", "talks libyco-tunisiens", "Italian-Libyan patrols": a compound adjective of two countries
    /// names both sides of a bilateral event.
    /// </summary>
    private static bool HyphenedWithWatched(ArticleText article, Mark[] marks, PhraseMatch match)
    {
        var next = match.End;
        if (next < marks.Length && (marks[next] & Mark.Watched) != 0 && SameSentence(article, match.First, next) && IsHyphenBetween(article, next - 1, next))
        {
            return true;
        }

        var previous = match.First - 1;
        return previous >= 0 && (marks[previous] & Mark.Watched) != 0 && SameSentence(article, previous, match.First) && IsHyphenBetween(article, previous, match.First);
    }

    private static bool IsHyphenBetween(ArticleText article, int left, int right) =>
        article.Joined.AsSpan(article.Tokens[left].End, article.Tokens[right].Start - article.Tokens[left].End) is ['-' or '\u2010' or '\u2011'];

    private static bool HasCommaBetween(ArticleText article, int left, int right) =>
        article.Joined.AsSpan(article.Tokens[left].End, article.Tokens[right].Start - article.Tokens[left].End).IndexOfAny(',', '،') >= 0;

    private static bool HasSemicolonBetween(ArticleText article, int left, int right) =>
        article.Joined.AsSpan(article.Tokens[left].End, article.Tokens[right].Start - article.Tokens[left].End).IndexOfAny(';', '؛') >= 0;
}
