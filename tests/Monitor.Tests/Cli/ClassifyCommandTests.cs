using System.Text.Json;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

public sealed class ClassifyCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Classify_A_Text_File_Shows_The_Partner_The_Type_And_Their_Evidence()
    {
        var run = await _cli.RunAsync("classify", CliTestData.Path("cooperation.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Relevant:     yes", run.Output, StringComparison.Ordinal);
        Assert.Contains("Italy [italy]", run.Output, StringComparison.Ordinal);
        Assert.Contains("agreement  CAMEO", run.Output, StringComparison.Ordinal);
        Assert.Contains("migrant_smuggling", run.Output, StringComparison.Ordinal);
        Assert.Contains("rule partner:", run.Output, StringComparison.Ordinal);
        Assert.Contains("memorandum of understanding", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_A_Local_Html_File_Extracts_The_Article_First()
    {
        var run = await _cli.RunAsync("classify", CliTestData.Path("cooperation.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Title:        Libya and Italy sign agreement to fight migrant smuggling", run.Output, StringComparison.Ordinal);
        Assert.Contains("Italy [italy]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Football results", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_With_Json_Prints_The_Classification()
    {
        var run = await _cli.RunAsync("classify", CliTestData.Path("cooperation.txt"), "--json", "--published", "2025-10-14");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("relevant").GetBoolean());
        Assert.Contains(root.GetProperty("partners").EnumerateArray(), p => p.GetProperty("id").GetString() == "italy");
        Assert.Contains(root.GetProperty("eventTypes").EnumerateArray(), t => t.GetProperty("id").GetString() == "agreement");
        Assert.Equal("Report", root.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Classify_An_Unrelated_Article_Says_Not_Relevant()
    {
        var run = await _cli.RunAsync("classify", CliTestData.Path("unrelated.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Relevant:     no", run.Output, StringComparison.Ordinal);
        Assert.Contains("Partners: none", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("does-not-exist.txt", "File not found")]
    [InlineData("ftp://files.example/a.html", "neither a local file nor an http(s) URL")]
    public async Task Classify_Of_A_Missing_File_Or_Bad_Url_Fails_With_A_Message(string input, string message)
    {
        var run = await _cli.RunAsync("classify", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
