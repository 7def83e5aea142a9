using Microsoft.Extensions.Options;

namespace Monitor.Fetch;

/// <summary>Rejects settings that would make the fetcher unbounded or unable to work at all.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    /// <summary>A body cap above this would not fit the Consumption plan's memory once decoded to text.</summary>
    public const long MaxBodyBytesCeiling = 256L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.UserAgent))
            failures.Add($"{nameof(FetchOptions.UserAgent)} must be set.");
        if (options.MaxBodyBytes is <= 0 or > MaxBodyBytesCeiling)
            failures.Add($"{nameof(FetchOptions.MaxBodyBytes)} must be between 1 and {MaxBodyBytesCeiling}.");
        if (options.ConnectTimeout <= TimeSpan.Zero)
            failures.Add($"{nameof(FetchOptions.ConnectTimeout)} must be positive.");
        if (options.RequestTimeout <= TimeSpan.Zero)
            failures.Add($"{nameof(FetchOptions.RequestTimeout)} must be positive.");
        if (options.MaxRedirects is < 0 or > 20)
            failures.Add($"{nameof(FetchOptions.MaxRedirects)} must be between 0 and 20.");
        if (options.MaxConnectionsPerHost is < 1 or > 64)
            failures.Add($"{nameof(FetchOptions.MaxConnectionsPerHost)} must be between 1 and 64.");
        if (options.MaxRetryAttempts is < 0 or > 10)
            failures.Add($"{nameof(FetchOptions.MaxRetryAttempts)} must be between 0 and 10.");
        if (options.RetryBaseDelay <= TimeSpan.Zero)
            failures.Add($"{nameof(FetchOptions.RetryBaseDelay)} must be positive.");
        if (options.PooledConnectionLifetime <= TimeSpan.Zero)
            failures.Add($"{nameof(FetchOptions.PooledConnectionLifetime)} must be positive.");
        if (string.IsNullOrWhiteSpace(options.FeedAccept) || string.IsNullOrWhiteSpace(options.PageAccept))
            failures.Add($"{nameof(FetchOptions.FeedAccept)} and {nameof(FetchOptions.PageAccept)} must be set.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
