using Microsoft.Extensions.Options;

namespace Monitor.Extract;

/// <summary>Rejects limits that would disable the protections they exist for.</summary>
public sealed class ExtractionOptionsValidator : IValidateOptions<ExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxInputBytes <= 0)
            failures.Add($"{nameof(options.MaxInputBytes)} must be positive.");
        if (options.MaxElemsToParse <= 0)
            failures.Add($"{nameof(options.MaxElemsToParse)} must be positive (0 would mean no limit).");
        if (options.MaxNestingDepth is <= 0 or > 4096)
            failures.Add($"{nameof(options.MaxNestingDepth)} must be between 1 and 4096.");
        if (options.ParseTimeout <= TimeSpan.Zero || options.ParseTimeout > TimeSpan.FromMinutes(5))
            failures.Add($"{nameof(options.ParseTimeout)} must be positive and at most 5 minutes.");
        if (options.MinTextLength < 0)
            failures.Add($"{nameof(options.MinTextLength)} must not be negative.");
        if (options.MaxExcerptLength <= 0)
            failures.Add($"{nameof(options.MaxExcerptLength)} must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when <paramref name="options"/> are invalid.</summary>
    public static void EnsureValid(ExtractionOptions options)
    {
        var result = new ExtractionOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
            throw new OptionsValidationException(Options.DefaultName, typeof(ExtractionOptions), result.Failures);
    }
}
