using Monitor.Classify.Text;

namespace Monitor.Classify.Rules;

/// <summary>
/// The article prepared for the rules: title and text joined (title first), folded, split into sentences and words,
/// with the lexicon phrases found in it. Offsets refer to the joined string; <see cref="EvidenceFor"/> maps them back.
/// </summary>
internal sealed class ArticleText
{
    private const string TitleSeparator = "\n\n";

    private ArticleText(string title, string joined, int bodyOffset)
    {
        Title = title;
        Joined = joined;
        BodyOffset = bodyOffset;
        Folded = TextFolding.Fold(joined);
    }

    public string Title { get; }

    public string Joined { get; }

    public char[] Folded { get; }

    public int BodyOffset { get; }

    public List<SentenceSpan> Sentences { get; } = [];

    /// <summary>Number of sentences that belong to the title.</summary>
    public int TitleSentences { get; private set; }

    public List<Token> Tokens { get; } = [];

    /// <summary>Index of the first token of each sentence (and one past the end).</summary>
    public int[] SentenceTokenStart { get; private set; } = [];

    /// <summary>Per token: part of a partner's or institution's name (before overlap resolution).</summary>
    public bool[] InsideName { get; private set; } = [];

    /// <summary>Per token: part of a foreign partner's name ("United Nations Office on Drugs and Crime").</summary>
    public bool[] InsidePartnerName { get; private set; } = [];

    /// <summary>Per token: part of an institution's name ("Libyan Coast Guard", "Anti-Narcotics Agency").</summary>
    public bool[] InsideActorName { get; private set; } = [];

    /// <summary>Phrase matches kept after overlap resolution, ordered by position.</summary>
    public List<PhraseMatch> Matches { get; } = [];

    public static ArticleText Build(string title, string text, int maxTextChars, PhraseTrie trie)
    {
        title = title.Trim();
        if (text.Length > maxTextChars)
        {
            text = text[..maxTextChars];
        }

        var joined = string.Concat(title, TitleSeparator, text);
        var article = new ArticleText(title, joined, title.Length + TitleSeparator.Length);
        SentenceSplitter.Split(joined, 0, title.Length, article.Sentences);
        article.TitleSentences = article.Sentences.Count;
        SentenceSplitter.Split(joined, article.BodyOffset, joined.Length, article.Sentences);
        article.DropRepeatedTitle();
        Tokenizer.Tokenize(joined, article.Folded, article.Tokens);
        article.AssignSentences();
        var all = new List<PhraseMatch>(article.Tokens.Count / 2);
        trie.Match(article.Tokens, article.Folded, all);
        article.InsideName = new bool[article.Tokens.Count];
        article.InsidePartnerName = new bool[article.Tokens.Count];
        article.InsideActorName = new bool[article.Tokens.Count];
        foreach (var match in all)
        {
            if (match.Entry.Kind is EntryKind.Partner or EntryKind.Actor or EntryKind.GenericActor)
            {
                Array.Fill(article.InsideName, true, match.First, match.Length);
            }

            if (match.Entry.Kind == EntryKind.Partner && match.Length > 1)
            {
                Array.Fill(article.InsidePartnerName, true, match.First, match.Length);
            }
            else if (match.Entry.Kind is EntryKind.Actor or EntryKind.GenericActor)
            {
                Array.Fill(article.InsideActorName, true, match.First, match.Length);
            }
        }

        MatchSelection.KeepLongest(all, article.Matches);
        return article;
    }

    public bool IsTitle(int sentence) => sentence < TitleSentences;

    public ReadOnlySpan<char> SentenceText(int sentence)
    {
        var span = Sentences[sentence];
        return Joined.AsSpan(span.Start, span.End - span.Start);
    }

    public string TokenText(int first, int end) => Joined[Tokens[first].Start..Tokens[end - 1].End];

    public Evidence EvidenceFor(int sentence, string rule)
    {
        var span = Sentences[sentence];
        var text = Joined[span.Start..span.End];
        return IsTitle(sentence)
            ? new Evidence(text, span.Start, span.End - span.Start, rule) { InTitle = true }
            : new Evidence(text, span.Start - BodyOffset, span.End - span.Start, rule);
    }

    public int SentenceOf(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Pages often repeat the headline as the first line of the text; counting it twice would double its weight.</summary>
    private void DropRepeatedTitle()
    {
        if (TitleSentences == 0 || Title.Length == 0)
        {
            return;
        }

        for (var k = 0; k < 3 && TitleSentences < Sentences.Count; k++)
        {
            var s = Sentences[TitleSentences];
            var candidate = Joined.AsSpan(s.Start, s.End - s.Start);
            if (!candidate.Equals(Title, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            Sentences.RemoveAt(TitleSentences);
        }
    }

    private void AssignSentences()
    {
        var starts = new int[Sentences.Count + 1];
        var sentence = 0;
        var kept = 0;
        for (var t = 0; t < Tokens.Count; t++)
        {
            var token = Tokens[t];
            while (sentence < Sentences.Count && token.Start >= Sentences[sentence].End)
            {
                sentence++;
                starts[sentence] = kept;
            }

            if (sentence >= Sentences.Count || token.Start < Sentences[sentence].Start)
            {
                continue; // a word of a dropped repeated title
            }

            token.Sentence = sentence;
            Tokens[kept++] = token;
        }

        Tokens.RemoveRange(kept, Tokens.Count - kept);
        while (sentence < Sentences.Count)
        {
            sentence++;
            starts[sentence] = kept;
        }

        SentenceTokenStart = starts;
    }
}
