using System.Globalization;

namespace Monitor.Classify.Text;

/// <summary>
/// A word trie over every lexicon phrase, built once. Matching walks it from each word of the text: a lookup per word,
/// keyed by spans of the folded text, so matching allocates nothing but the matches themselves.
/// </summary>
internal sealed class PhraseTrie
{
    private const int MaxPhraseWords = 12;
    private readonly Node _root = new();
    private bool _frozen;

    /// <summary>Adds a phrase; "text@0.5" sets the weight, a leading "=" asks for the exact word form.</summary>
    public void Add(string phrase, EntryKind kind, string id, Func<PhraseEntry, PhraseEntry>? customize = null)
    {
        ObjectDisposedException.ThrowIf(_frozen, this);
        var (text, weight, exact) = ParsePhrase(phrase);
        var (exactKeys, stemKeys, tokens) = Tokenizer.KeysOf(text);
        if (tokens.Length == 0 || tokens.Length > MaxPhraseWords)
        {
            return;
        }

        var entry = new PhraseEntry
        {
            Kind = kind,
            Id = id,
            Text = text,
            Weight = weight,
            Case = CaseOf(text),
            Length = tokens.Length,
        };
        if (customize is not null)
        {
            entry = customize(entry);
        }

        var keys = exact ? exactKeys : stemKeys;
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children.Add(key, child);
            }

            node = child;
        }

        node.Entries ??= [];
        if (!node.Entries.Exists(e => e.Kind == entry.Kind && e.Id == entry.Id && e.Case == entry.Case))
        {
            node.Entries.Add(entry);
        }
    }

    public void Freeze()
    {
        _root.Freeze();
        _frozen = true;
    }

    /// <summary>All phrase occurrences, within sentences, ordered by first word then length.</summary>
    public void Match(List<Token> tokens, char[] folded, List<PhraseMatch> matches)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var node = _root;
            var sentence = tokens[i].Sentence;
            for (var j = i; j < tokens.Count && j - i < MaxPhraseWords; j++)
            {
                var token = tokens[j];
                if (token.Sentence != sentence)
                {
                    break;
                }

                var next = node.Find(token, folded);
                if (next is null)
                {
                    break;
                }

                node = next;
                if (node.Entries is null)
                {
                    continue;
                }

                foreach (var entry in node.Entries)
                {
                    if (CaseAgrees(entry, tokens, i, j))
                    {
                        matches.Add(new PhraseMatch(i, j + 1, entry));
                    }
                }
            }
        }
    }

    /// <summary>The entries whose phrase is exactly <paramref name="text"/> (any case), for name resolution.</summary>
    public IReadOnlyList<PhraseEntry> Lookup(string text)
    {
        var folded = TextFolding.Fold(text);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, folded, tokens);
        var node = _root;
        foreach (var token in tokens)
        {
            node = node.Find(token, folded);
            if (node is null)
            {
                return [];
            }
        }

        return tokens.Count == 0 ? [] : (IReadOnlyList<PhraseEntry>?)node.Entries ?? [];
    }

    private static bool CaseAgrees(PhraseEntry entry, List<Token> tokens, int first, int last)
    {
        switch (entry.Case)
        {
            case CaseRule.Capitalized:
                return (tokens[first].Flags & (TokenFlags.InitialUpper | TokenFlags.Digits)) != 0;
            case CaseRule.AllCaps:
                for (var k = first; k <= last; k++)
                {
                    if ((tokens[k].Flags & (TokenFlags.AllUpper | TokenFlags.Digits)) == 0)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static CaseRule CaseOf(string text)
    {
        var letters = 0;
        var upper = 0;
        char first = '\0';
        foreach (var c in text)
        {
            if (!char.IsLetter(c) || c > '\u024F')
            {
                continue;
            }

            if (first == '\0')
            {
                first = c;
            }

            letters++;
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            return CaseRule.AllCaps;
        }

        return first != '\0' && char.IsUpper(first) ? CaseRule.Capitalized : CaseRule.Any;
    }

    private static (string Text, double Weight, bool Exact) ParsePhrase(string phrase)
    {
        var text = phrase.Trim();
        var exact = text.StartsWith('=');
        if (exact)
        {
            text = text[1..];
        }

        var weight = 1.0;
        var at = text.LastIndexOf('@');
        if (at > 0 && double.TryParse(text.AsSpan(at + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            weight = parsed;
            text = text[..at].TrimEnd();
        }

        return (text, weight, exact);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<PhraseEntry>? Entries;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private bool _hasLookup;

        public void Freeze()
        {
            if (Children is null)
            {
                return;
            }

            _lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
            _hasLookup = true;
            foreach (var child in Children.Values)
            {
                child.Freeze();
            }
        }

        public Node? Find(in Token token, char[] folded)
        {
            if (!_hasLookup)
            {
                return null;
            }

            if (_lookup.TryGetValue(token.ExactKey(folded), out var node))
            {
                return node;
            }

            return token.HasStem && _lookup.TryGetValue(token.StemKey(folded), out node) ? node : null;
        }
    }
}
