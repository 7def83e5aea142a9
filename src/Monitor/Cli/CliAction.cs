using System.CommandLine;
using Azure;
using Microsoft.Extensions.Options;
using Monitor.Classify;
using Monitor.Evaluation.Corpus;
using Monitor.Feeds.Parsing;

namespace Monitor.Cli;

/// <summary>
/// Runs a verb's body with its <see cref="CliContext"/> and turns the failures a user can act on (bad input,
/// unreachable storage, invalid configuration) into one line on stderr and exit code 1. Anything else is a bug
/// and keeps its stack trace.
/// </summary>
public static class CliAction
{
    public const int Success = 0;

    public const int Failure = 1;

    public const int Cancelled = 130;

    public static void Set(Command command, CliSettings settings, Func<CliContext, CancellationToken, Task<int>> body, Option<string?>? connectionString = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(body);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, settings, body, connectionString, cancellationToken));
    }

    private static async Task<int> RunAsync(
        ParseResult parseResult,
        CliSettings settings,
        Func<CliContext, CancellationToken, Task<int>> body,
        Option<string?>? connectionString,
        CancellationToken cancellationToken)
    {
        var connection = connectionString is null ? null : parseResult.GetValue(connectionString);
        var context = new CliContext(parseResult, settings, connection);
        await using (context)
        {
            try
            {
                return await body(context, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync("Cancelled.");
                return Cancelled;
            }
            catch (Exception e) when (Describe(e) is { } message)
            {
                await context.Error.WriteLineAsync(message);
                return Failure;
            }
        }
    }

    /// <summary>The message for a failure the user can fix; null for a bug.</summary>
    internal static string? Describe(Exception exception) => exception switch
    {
        CliUsageException e => e.Message,
        CorpusFormatException e => $"Malformed corpus: {e.Message}",
        FeedParseException e => $"Not a readable OPML file: {e.Message}",
        TaxonomyException e => $"Taxonomy problem: {e.Message}",
        OptionsValidationException e => $"Invalid configuration: {string.Join(" ", e.Failures)}",
        RequestFailedException e => StorageMessage(e),
        AggregateException { InnerExceptions: [RequestFailedException or HttpRequestException, ..] } e => StorageMessage(e.InnerExceptions[^1]),
        FormatException e when e.Message.Contains("connection string", StringComparison.OrdinalIgnoreCase) => $"Invalid storage connection string: {e.Message}",
        InvalidOperationException e when e.Message.Contains("connection string", StringComparison.OrdinalIgnoreCase) => $"Invalid storage connection string: {e.Message}",
        DirectoryNotFoundException e => e.Message,
        FileNotFoundException e => e.Message,
        UnauthorizedAccessException e => e.Message,
        IOException e => e.Message,
        _ => null,
    };

    /// <summary>
    /// The SDK's message carries the whole response (headers included); the first line says what failed. The connection
    /// string is never echoed: it may hold an account key.
    /// </summary>
    private static string StorageMessage(Exception e)
    {
        var firstLine = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.') + ".";
        var status = e is RequestFailedException { Status: > 0 } failed ? $" (HTTP {failed.Status})" : string.Empty;
        return $"Storage request failed{status}: {firstLine} Check Monitor__Storage__ConnectionString, AzureWebJobsStorage or --connection-string, and that the storage (or Azurite) is running.";
    }
}
