using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Feeds.Parsing;

/// <summary>
/// Parses the dates feeds actually carry: RFC 822 (with wrong weekdays, named zones, +0000 offsets, two-digit
/// years), ISO 8601 (extended and basic), and the odd human formats some CMSs emit. Always invariant culture; a
/// date without a zone is taken as UTC. Unparseable or absurd dates give null rather than a guess.
/// </summary>
public static partial class FeedDateParser
{
    private static readonly DateTimeOffset _earliestPlausible = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> _namedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["BST"] = "+01:00", ["WET"] = "+00:00", ["WEST"] = "+01:00", ["MSK"] = "+03:00",
    };

    private static readonly string[] _rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm:ss", "d MMM yyyy",
        "MMM d yyyy HH:mm:ss zzz", "MMM d, yyyy HH:mm:ss zzz",
    ];

    private static readonly string[] _isoBasicFormats =
    [
        "yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd'T'HHmmsszzz", "yyyyMMdd'T'HHmmss", "yyyyMMdd",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy/MM/dd HH:mm:ss",
    ];

    /// <summary>Returns the instant <paramref name="value"/> names, or null when it names none plausibly.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = Whitespace().Replace(value.Trim(), " ");
        var parsed = TryUnixSeconds(text) ?? TryRfc822(text) ?? TryIso(text) ?? TryLoose(text);
        return parsed is { } date && date >= _earliestPlausible ? date : null;
    }

    private static DateTimeOffset? TryRfc822(string text)
    {
        // Weekday names are dropped: feeds often get them wrong, and they add nothing to the date.
        var normalised = LeadingWeekday().Replace(text, string.Empty);
        normalised = normalised.Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        normalised = NumericZone().Replace(normalised, "$1$2:$3");
        var zone = TrailingWord().Match(normalised);
        if (zone.Success && _namedZones.TryGetValue(zone.Groups[1].Value, out var offset))
        {
            normalised = normalised[..zone.Groups[1].Index] + offset;
        }

        return DateTimeOffset.TryParseExact(normalised, _rfc822Formats, CultureInfo.InvariantCulture, Styles, out var date)
            ? date
            : null;
    }

    private static DateTimeOffset? TryIso(string text)
    {
        if (DateTimeOffset.TryParseExact(text, _isoBasicFormats, CultureInfo.InvariantCulture, Styles, out var exact))
        {
            return exact;
        }

        return IsoLike().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var iso)
            ? iso
            : null;
    }

    private static DateTimeOffset? TryLoose(string text)
    {
        var withoutZoneName = TrailingWord().Match(text) is { Success: true } zone
            && _namedZones.TryGetValue(zone.Groups[1].Value, out var offset)
            ? text[..zone.Groups[1].Index] + offset
            : text;
        return DateTimeOffset.TryParse(withoutZoneName, CultureInfo.InvariantCulture, Styles, out var date) ? date : null;
    }

    private static DateTimeOffset? TryUnixSeconds(string text) =>
        text.Length is 9 or 10 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[A-Za-z]{2,9}\.?,\s*")]
    private static partial Regex LeadingWeekday();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"\s([A-Za-z]{1,4})$")]
    private static partial Regex TrailingWord();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoLike();
}
