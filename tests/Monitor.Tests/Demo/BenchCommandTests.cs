using System.CommandLine;
using System.Text.Json;
using Monitor.Bench;
using Monitor.Testing;

namespace Monitor.Tests.Demo;

/// <summary>A smoke run of the bench verb with tiny sizes: every figure is reported (no timing assertions).</summary>
[Collection("Azurite")]
public sealed class BenchCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Tiny_Bench_Reports_Every_Figure_As_Json()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await new RootCommand { BenchCommand.Create() }
            .Parse([
                "bench", "--feeds", "2", "--articles", "2", "--unchanged-feeds", "5", "--json", "--quick",
                "--connection-string", azurite.ConnectionString, "--storage-prefix", AzuriteFixture.UniqueName("bench"),
            ])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        var machine = root.GetProperty("machine");
        Assert.True(machine.GetProperty("cores").GetInt32() > 0);
        Assert.False(string.IsNullOrWhiteSpace(machine.GetProperty("runtime").GetString()));

        var endToEnd = root.GetProperty("endToEnd");
        Assert.Equal(4, endToEnd.GetProperty("articles").GetInt32());
        Assert.Equal(4, endToEnd.GetProperty("stored").GetInt32());
        Assert.True(endToEnd.GetProperty("articlesPerSecond").GetDouble() > 0);
        var stages = endToEnd.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stage").GetString() ?? string.Empty).ToArray();
        Assert.Equal(["fetch", "extract", "classify", "store", "group"], stages);
        Assert.All(endToEnd.GetProperty("stages").EnumerateArray(), s => Assert.True(s.GetProperty("totalSeconds").GetDouble() > 0));

        var unchanged = root.GetProperty("unchangedPoll");
        Assert.Equal(5, unchanged.GetProperty("notModified").GetInt32());
        Assert.Equal(0, unchanged.GetProperty("articleFetches").GetInt32());
        Assert.True(unchanged.GetProperty("seconds").GetDouble() > 0);

        Assert.True(root.GetProperty("extraction").GetProperty("pagesPerSecondPerCore").GetDouble() > 0);
        Assert.Equal(root.GetProperty("extraction").GetProperty("extractions").GetInt32(), root.GetProperty("extraction").GetProperty("fromPage").GetInt32());
        Assert.InRange(root.GetProperty("extraction").GetProperty("averagePageKilobytes").GetDouble(), 95, 200);
        Assert.True(root.GetProperty("classification").GetProperty("articlesPerSecondPerCore").GetDouble() > 0);
        Assert.True(root.GetProperty("memory").GetProperty("peakWorkingSetMegabytes").GetDouble() > 0);
        Assert.True(root.GetProperty("memory").GetProperty("totalAllocatedMegabytes").GetDouble() > 0);
        Assert.Equal(6, root.GetProperty("checks").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("queued").ValueKind);
    }

    [Fact]
    public async Task On_Its_Own_Azurite_The_Bench_Also_Runs_The_Articles_Through_The_Queues()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await new RootCommand { BenchCommand.Create() }
            .Parse(["bench", "--feeds", "2", "--articles", "3", "--unchanged-feeds", "2", "--json", "--quick"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        var queued = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("queued");
        Assert.Equal(6, queued.GetProperty("articles").GetInt32());
        Assert.Equal(2 + 6, queued.GetProperty("messages").GetInt32());
        Assert.Equal(0, queued.GetProperty("poisoned").GetInt32());
        Assert.True(queued.GetProperty("articlesPerSecond").GetDouble() > 0);
        Assert.True(queued.GetProperty("storageCpuMillisecondsPerArticle").GetDouble() > 0);
        Assert.Contains("(b) end to end through the queues", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tables_Show_Each_Target_Next_To_Its_Figure()
    {
        using var output = new StringWriter();
        var exitCode = await new RootCommand { BenchCommand.Create() }
            .Parse([
                "bench", "--feeds", "1", "--articles", "1", "--unchanged-feeds", "2", "--quick",
                "--connection-string", azurite.ConnectionString, "--storage-prefix", AzuriteFixture.UniqueName("bench"),
            ])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = TextWriter.Null });

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        foreach (var expected in new[] { "End to end (articles/s)", ">= 50", "<= 3", "Extraction (pages/s/core)", ">= 25", ">= 2,000", "<= 500", "Machine:", "extract" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }
}
