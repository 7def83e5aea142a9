using System.Text.RegularExpressions;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// The DOCTYPE of a document, found by a plain text scan before any XML reader runs, so external entities can be
/// refused with a typed error and the declared internal entities can be told apart from stray HTML entities.
/// </summary>
internal sealed partial class DoctypeDeclaration
{
    private DoctypeDeclaration(int start, int end, string internalSubset)
    {
        Start = start;
        End = end;
        InternalSubset = internalSubset;
        DeclaredEntities = EntityNamePattern().Matches(internalSubset).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Index of "&lt;!DOCTYPE".</summary>
    public int Start { get; }

    /// <summary>Index just past the closing "&gt;".</summary>
    public int End { get; }

    /// <summary>The text between [ and ], empty when there is none.</summary>
    public string InternalSubset { get; }

    /// <summary>General entities declared in the internal subset.</summary>
    public IReadOnlySet<string> DeclaredEntities { get; }

    /// <summary>
    /// True when the internal subset could make the reader load something from outside: an entity with SYSTEM or
    /// PUBLIC. The keywords are looked for anywhere in the subset, including inside quoted values, so a declaration
    /// smuggled through a parameter entity is refused too. The DOCTYPE's own external id (RSS 0.91's Netscape DTD)
    /// is allowed: the reader runs without a resolver and never loads it.
    /// </summary>
    public bool DeclaresExternalEntity =>
        InternalSubset.Contains("<!ENTITY", StringComparison.Ordinal) && ExternalIdPattern().IsMatch(InternalSubset);

    /// <summary>Finds the DOCTYPE in the prolog, or null when the document has none.</summary>
    /// <exception cref="FeedParseException">The DOCTYPE never ends.</exception>
    public static DoctypeDeclaration? Find(string text)
    {
        var start = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || start > FirstElementStart(text))
        {
            return null;
        }

        var quote = '\0';
        var subsetStart = -1;
        var subsetEnd = -1;
        for (var i = start + "<!DOCTYPE".Length; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (subsetStart >= 0 && subsetEnd < 0 && string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                // Comments in the subset may hold quotes that would otherwise derail the scan.
                var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                i = close + 2;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[' && subsetStart < 0)
            {
                subsetStart = i + 1;
            }
            else if (c == ']' && subsetStart >= 0 && subsetEnd < 0)
            {
                subsetEnd = i;
            }
            else if (c == '>' && (subsetStart < 0 || subsetEnd >= 0))
            {
                var subset = subsetStart >= 0 ? text[subsetStart..subsetEnd] : string.Empty;
                return new DoctypeDeclaration(start, i + 1, subset);
            }
        }

        throw new FeedParseException(FeedParseErrorKind.Malformed, "The DOCTYPE declaration is not closed.");
    }

    private static int FirstElementStart(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            if (char.IsLetter(text[i + 1]))
            {
                return i;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"<!ENTITY\s+(?<name>[^\s%]+)\s")]
    private static partial Regex EntityNamePattern();

    [GeneratedRegex(@"\b(SYSTEM|PUBLIC)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalIdPattern();
}
