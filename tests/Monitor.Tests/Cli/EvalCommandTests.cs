using System.Text.Json;
using Monitor.Tests.Cli.Support;

namespace Monitor.Tests.Cli;

public sealed class EvalCommandTests
{
    private static readonly Dictionary<string, string[]> s_contract = new()
    {
        ["documents"] = [],
        ["relevance"] = ["precision", "recall", "f1"],
        ["eventTypes"] = ["microF1", "macroF1"],
        ["domains"] = ["microF1", "macroF1"],
        ["partners"] = ["precision", "recall", "f1"],
        ["clustering"] = ["pairwisePrecision", "pairwiseRecall", "pairwiseF1"],
        ["opinion"] = ["accuracy"],
    };

    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Eval_Json_Prints_The_Contract_Object_As_The_Last_Line()
    {
        var run = await _cli.RunAsync("eval", "--corpus", CliTestData.Path("corpus.jsonl"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.OutputLines[^1]);
        var root = json.RootElement;
        Assert.Equal(s_contract.Keys.Order(StringComparer.Ordinal), root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var (name, members) in s_contract.Where(c => c.Value.Length > 0))
        {
            Assert.Equal(members.Order(StringComparer.Ordinal), root.GetProperty(name).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        Assert.Equal(3, root.GetProperty("documents").GetInt32());

        // The two reports of the Italy agreement (one plain text, one HTML through extraction) are relevant and name Italy.
        Assert.Equal(1.0, root.GetProperty("relevance").GetProperty("recall").GetDouble());
        Assert.Equal(1.0, root.GetProperty("partners").GetProperty("recall").GetDouble());
    }

    [Fact]
    public async Task Eval_Without_Json_Prints_A_Readable_Report()
    {
        var run = await _cli.RunAsync("eval", "--corpus", CliTestData.Path("corpus.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("documents   3", run.Output, StringComparison.Ordinal);
        Assert.Contains("relevance   P", run.Output, StringComparison.Ordinal);
        Assert.Contains("clustering", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Without_Json_Breaks_Domains_Down_By_Label_With_Gold_Counts()
    {
        var corpus = CliTestData.Path("corpus.jsonl");
        var goldSmuggling = File.ReadLines(corpus)
            .Count(line => JsonDocument.Parse(line).RootElement.GetProperty("labels").GetProperty("domains").EnumerateArray()
                .Any(d => d.GetString() == "migrant_smuggling"));

        var run = await _cli.RunAsync("eval", "--corpus", corpus);

        Assert.Equal(0, run.ExitCode);
        var header = run.OutputLines.ToList().FindIndex(l => l.StartsWith("domains ", StringComparison.Ordinal) && l.Contains("gold", StringComparison.Ordinal));
        Assert.True(header > 0, run.Output);
        var row = run.OutputLines.Skip(header + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(cells => cells[0] == "migrant_smuggling");
        Assert.Equal(goldSmuggling, int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(6, row.Length); // label, gold, predicted, P, R, F1
    }

    [Fact]
    public async Task Eval_Of_A_Malformed_Corpus_Fails_Naming_The_Line()
    {
        var run = await _cli.RunAsync("eval", "--corpus", CliTestData.Path("malformed.jsonl"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("malformed.jsonl:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("labels", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Eval_Of_A_Missing_Corpus_Fails_With_A_Message()
    {
        var run = await _cli.RunAsync("eval", "--corpus", "no-such-corpus.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Corpus not found", run.Error, StringComparison.Ordinal);
    }
}
