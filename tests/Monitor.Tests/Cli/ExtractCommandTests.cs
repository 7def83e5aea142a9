using System.Text.Json;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

public sealed class ExtractCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Extract_Writes_Every_Page_Including_The_Broken_One_And_Reports_The_Failure()
    {
        var output = Path.Combine(CliTestData.NewTempDirectory(), "out", "pages.json");

        var run = await _cli.RunAsync("extract", "--dir", CliTestData.Path("pages"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 page(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("broken", run.Error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var pages = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(["alpha", "beta", "broken"], pages.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Coast guard training course ends in Misrata", pages["alpha"].GetProperty("title").GetString());
        Assert.Contains("six-week course in Misrata", pages["alpha"].GetProperty("articleBody").GetString(), StringComparison.Ordinal);
        Assert.Contains("counterfeit medicine", pages["beta"].GetProperty("articleBody").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, pages["alpha"].GetProperty("error").ValueKind);
        Assert.Equal(string.Empty, pages["broken"].GetProperty("articleBody").GetString());
        Assert.False(string.IsNullOrEmpty(pages["broken"].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Extract_From_A_Missing_Directory_Fails_With_A_Message()
    {
        var missing = Path.Combine(CliTestData.NewTempDirectory(), "nothing-here");

        var run = await _cli.RunAsync("extract", "--dir", missing, "--out", Path.Combine(missing, "x.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Directory not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Without_Out_Is_A_Usage_Error()
    {
        var run = await _cli.RunAsync("extract", "--dir", CliTestData.Path("pages"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
