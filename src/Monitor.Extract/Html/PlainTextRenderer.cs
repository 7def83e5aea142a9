using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Monitor.Extract.Html;

/// <summary>
/// Turns (sanitised) article HTML into plain text: one paragraph per block element, paragraphs separated by a blank
/// line, whitespace collapsed, entities decoded. Iterative on purpose, so nesting depth never threatens the stack.
/// </summary>
internal static class PlainTextRenderer
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title",
    };

    public static string Render(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? string.Empty : Render(document.Body);
    }

    public static string Render(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var pendingSpace = false;

        // (node, leaving): a block element is visited twice so its end also closes the paragraph.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var tag = element.LocalName;
                if (s_skipped.Contains(tag))
                    continue;
                if (s_blocks.Contains(tag))
                {
                    Flush(paragraphs, current, ref pendingSpace);
                    if (leaving)
                        continue;
                    stack.Push((node, true));
                }
                else if (tag == "br")
                {
                    TrimEnd(current);
                    current.Append('\n');
                    pendingSpace = false;
                    continue;
                }

                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                    stack.Push((child, false));
            }
            else if (node is IText text)
            {
                AppendCollapsed(current, text.Data, ref pendingSpace);
            }
            else if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                    stack.Push((child, false));
            }
        }

        Flush(paragraphs, current, ref pendingSpace);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Collapses runs of whitespace (including no-break spaces) into one space.</summary>
    public static string NormalizeWhitespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return string.Empty;
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        AppendCollapsed(builder, value, ref pendingSpace);
        return builder.ToString();
    }

    private static void AppendCollapsed(StringBuilder target, string data, ref bool pendingSpace)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && target.Length > 0 && target[^1] != '\n')
                target.Append(' ');
            pendingSpace = false;
            target.Append(c);
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current, ref bool pendingSpace)
    {
        pendingSpace = false;
        var paragraph = current.ToString().Trim();
        current.Clear();
        if (paragraph.Length > 0)
            paragraphs.Add(paragraph);
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
            builder.Length--;
    }
}
