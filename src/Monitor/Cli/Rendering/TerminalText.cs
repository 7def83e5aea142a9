using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Monitor.Cli.Rendering;

/// <summary>
/// Third-party text (titles, sentences, error messages from feeds) made safe to print: control characters, escape
/// sequences and line breaks become spaces, so a hostile title cannot move the cursor or forge output lines.
/// </summary>
public static class TerminalText
{
    public static string Clean(string? value, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = new StringBuilder(Math.Min(value.Length, maxLength));
        var lastWasSpace = false;
        foreach (var c in value)
        {
            var blank = char.IsControl(c) || char.IsWhiteSpace(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            if (blank)
            {
                if (!lastWasSpace && text.Length > 0)
                {
                    text.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            text.Append(c);
            lastWasSpace = false;
            if (text.Length >= maxLength)
            {
                return text.ToString(0, Math.Max(0, maxLength - 1)).TrimEnd() + "…";
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A table cell that is never parsed as markup.</summary>
    public static Text Cell(string? value, int maxLength = int.MaxValue) => new(Clean(value, maxLength));

    public static string Date(DateTimeOffset? value) =>
        value is { } date ? date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";

    public static string Date(DateOnly? value) =>
        value is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";

    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
