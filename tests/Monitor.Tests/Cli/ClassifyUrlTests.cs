using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Monitor.Testing;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

/// <summary><c>classify URL</c> through the pipeline's guarded fetcher, against a real local web server.</summary>
public sealed class ClassifyUrlTests : IAsyncLifetime
{
    private LocalWebServer? _server;

    private LocalWebServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var html = await File.ReadAllTextAsync(CliTestData.Path("cooperation.html"));
        _server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/news/libya-italy", () => Results.Content(html, "text/html; charset=utf-8"));
            app.MapGet("/news/gone", () => Results.StatusCode(StatusCodes.Status404NotFound));
        });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Classify_A_Url_Fetches_Extracts_And_Classifies_The_Page()
    {
        var cli = new CliRunner(extraSettings: AllowLoopback());

        var run = await cli.RunAsync("classify", Server.Url("news/libya-italy").AbsoluteUri);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Title:        Libya and Italy sign agreement to fight migrant smuggling", run.Output, StringComparison.Ordinal);
        Assert.Contains("Relevant:     yes", run.Output, StringComparison.Ordinal);
        Assert.Contains("Italy [italy]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Football results", run.Output, StringComparison.Ordinal);
        Assert.Single(Server.Requests, r => r.PathAndQuery == "/news/libya-italy");
    }

    [Fact]
    public async Task Classify_A_Url_That_Answers_404_Fails_With_A_Message()
    {
        var cli = new CliRunner(extraSettings: AllowLoopback());

        var run = await cli.RunAsync("classify", Server.Url("news/gone").AbsoluteUri);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Could not fetch", run.Error, StringComparison.Ordinal);
        Assert.Contains("404", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_A_Loopback_Url_Is_Refused_By_The_Guarded_Fetcher_By_Default()
    {
        var run = await new CliRunner().RunAsync("classify", Server.Url("news/libya-italy").AbsoluteUri);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Could not fetch", run.Error, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    private static Dictionary<string, string?> AllowLoopback() => new()
    {
        ["Monitor:Fetch:AllowPrivateNetworks"] = "true",
        ["Monitor:Fetch:MaxRetryAttempts"] = "0",
    };
}
