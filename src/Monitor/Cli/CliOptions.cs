using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Monitor.Cli;

/// <summary>Options shared by several verbs, and parsers that explain what they expected.</summary>
public static class CliOptions
{
    /// <summary>For a verb group that touches storage: applies to all its subcommands.</summary>
    public static Option<string?> ConnectionString() => new("--connection-string")
    {
        Description = "Storage connection string (default: Monitor__Storage__ConnectionString, then AzureWebJobsStorage, then UseDevelopmentStorage=true).",
        Recursive = true,
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON instead of a table." };

    /// <summary>A positive count, e.g. <c>--take</c>.</summary>
    public static Option<int> Count(string name, int defaultValue, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError($"{name} must be a positive number.");
            }
        });
        return option;
    }

    /// <summary>A calendar day written YYYY-MM-DD.</summary>
    public static DateOnly? ParseDay(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"'{token}' is not a date; write it as YYYY-MM-DD.");
        return null;
    }

    /// <summary>A date or date and time; a bare date means midnight UTC.</summary>
    public static DateTimeOffset? ParseTimestamp(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        result.AddError($"'{token}' is not a date; write it as YYYY-MM-DD or an ISO 8601 date and time.");
        return null;
    }

    /// <summary>An absolute http or https URL, or null.</summary>
    public static Uri? TryParseWebUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
}
