using System.Text.Json;
using Monitor.Functions;
using Monitor.Hosting;
using Monitor.Hosting.FunctionJson;
using Monitor.Store.Queues;
using Monitor.Tests.Hosting.Support;

namespace Monitor.Tests.Hosting;

public sealed class FunctionCatalogTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "monitor-functions-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Every_Catalog_Function_Gets_A_Function_Json_And_No_Other_Folder_Is_Written()
    {
        FunctionJsonWriter.WriteAll(FunctionCatalog.All, _output);

        var folders = Directory.GetDirectories(_output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(FunctionCatalog.All.Select(f => f.Name).Order(StringComparer.Ordinal), folders);
        Assert.All(FunctionCatalog.All, f => Assert.True(File.Exists(Path.Combine(_output, f.Name, "function.json"))));
    }

    [Fact]
    public void Timer_Function_Json_Has_The_Schedule_And_Its_Queue_Output()
    {
        var bindings = Bindings(FunctionCatalog.PollFeeds);

        var trigger = bindings[0];
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("timer", trigger.GetProperty("name").GetString());
        Assert.Equal("0 */15 * * * *", trigger.GetProperty("schedule").GetString());
        Assert.False(trigger.GetProperty("runOnStartup").GetBoolean());
        AssertQueueOutput(bindings[1], FunctionCatalog.FeedsOutput, QueueNames.FeedsToFetch);
    }

    [Fact]
    public void Queue_Functions_Json_Binds_Their_Queues_On_AzureWebJobsStorage()
    {
        var fetch = Bindings(FunctionCatalog.FetchFeed);
        Assert.Equal("queueTrigger", fetch[0].GetProperty("type").GetString());
        Assert.Equal("in", fetch[0].GetProperty("direction").GetString());
        Assert.Equal("msg", fetch[0].GetProperty("name").GetString());
        Assert.Equal(QueueNames.FeedsToFetch, fetch[0].GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", fetch[0].GetProperty("connection").GetString());
        AssertQueueOutput(fetch[1], FunctionCatalog.ArticlesOutput, QueueNames.ArticlesToProcess);

        var process = Bindings(FunctionCatalog.ProcessArticle);
        Assert.Equal(QueueNames.ArticlesToProcess, Assert.Single(process).GetProperty("queueName").GetString());
    }

    [Fact]
    public void Every_Function_Implemented_In_The_Executable_Is_In_The_Catalog()
    {
        var implementations = typeof(MonitorFunction).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(MonitorFunction)) && !t.IsAbstract)
            .Select(t => t.Name.EndsWith("Function", StringComparison.Ordinal) ? t.Name[..^"Function".Length] : t.Name);

        Assert.All(implementations, name => Assert.Contains(FunctionCatalog.All, d => d.Name == name));
    }

    [Fact]
    public void Registry_Rejects_A_Catalog_Entry_Without_Implementation_And_An_Implementation_Outside_The_Catalog()
    {
        var listed = new SinkFunction("Listed", "q1");
        var unlisted = new SinkFunction("Unlisted", "q2");
        var missing = new FunctionDefinition("Missing", new QueueTrigger("q3"));

        var error = Assert.Throws<FunctionCatalogMismatchException>(() => new FunctionRegistry([listed.Definition, missing], [listed, unlisted]));

        Assert.Contains(error.Problems, p => p.Contains("'Missing'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'Unlisted'", StringComparison.Ordinal));
        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void Registry_Rejects_An_Implementation_Whose_Bindings_Differ_From_The_Catalog()
    {
        var function = new SinkFunction("Drifted", "actual-queue");

        Assert.Throws<FunctionCatalogMismatchException>(
            () => new FunctionRegistry([new FunctionDefinition("Drifted", new QueueTrigger("catalog-queue"))], [function]));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private JsonElement[] Bindings(FunctionDefinition definition)
    {
        FunctionJsonWriter.WriteAll([definition], _output);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, definition.Name, "function.json")));
        return [.. document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone())];
    }

    private static void AssertQueueOutput(JsonElement binding, string name, string queueName)
    {
        Assert.Equal("queue", binding.GetProperty("type").GetString());
        Assert.Equal("out", binding.GetProperty("direction").GetString());
        Assert.Equal(name, binding.GetProperty("name").GetString());
        Assert.Equal(queueName, binding.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }
}
