using Microsoft.Extensions.Options;
using Monitor.Fetch.Tests.Support;

namespace Monitor.Fetch.Tests;

public sealed class FetchOptionsValidationTests
{
    public static TheoryData<string, Action<FetchOptions>> InvalidSettings => new()
    {
        { nameof(FetchOptions.UserAgent), options => options.UserAgent = " " },
        { nameof(FetchOptions.MaxBodyBytes), options => options.MaxBodyBytes = 0 },
        { nameof(FetchOptions.ConnectTimeout), options => options.ConnectTimeout = TimeSpan.Zero },
        { nameof(FetchOptions.RequestTimeout), options => options.RequestTimeout = TimeSpan.FromSeconds(-1) },
        { nameof(FetchOptions.MaxRedirects), options => options.MaxRedirects = -1 },
        { nameof(FetchOptions.MaxConnectionsPerHost), options => options.MaxConnectionsPerHost = 0 },
        { nameof(FetchOptions.MaxRetryAttempts), options => options.MaxRetryAttempts = 11 },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Invalid_Setting_Is_Rejected_When_The_Fetcher_Is_Built(string setting, Action<FetchOptions> configure)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var fetcher = TestFetcher.Create(configure);
        });

        Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_Are_Valid_And_Match_The_Documented_Limits()
    {
        var options = new FetchOptions();

        Assert.True(new FetchOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(15 * 1024 * 1024, options.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), options.RequestTimeout);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(2, options.MaxConnectionsPerHost);
    }
}
