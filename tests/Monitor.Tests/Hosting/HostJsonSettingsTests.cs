using Monitor.Hosting.HostJson;
using Monitor.Store.Queues;
using Monitor.Tests.Hosting.Support;

namespace Monitor.Tests.Hosting;

public sealed class HostJsonSettingsTests
{
    [Fact]
    public void Repository_Host_Json_Yields_The_Deployed_Queue_Semantics()
    {
        var settings = HostJsonSettings.Load(Path.Combine(TestPaths.RepositoryRoot, "host.json"));

        Assert.Equal(4, settings.Queues.BatchSize);
        Assert.Equal(2, settings.Queues.NewBatchThreshold);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.Queues.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Queues.MaxPollingInterval);
        Assert.Equal(WorkQueueEncoding.Base64, settings.Queues.MessageEncoding);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.FunctionTimeout);
    }

    [Fact]
    public void Embedded_Copy_Is_The_Repository_Host_Json()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "host.json")).ReplaceLineEndings(),
            HostJsonLocator.ReadEmbedded().ReplaceLineEndings());
    }

    [Fact]
    public void Comments_And_Trailing_Commas_Are_Tolerated()
    {
        var settings = HostJsonSettings.Load(TestPaths.TestHostJson);

        Assert.Equal(3, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.Queues.VisibilityTimeout);
    }

    [Fact]
    public void Missing_Values_Take_The_Host_Defaults()
    {
        var settings = HostJsonSettings.Parse("""{"version":"2.0","extensions":{"queues":{"batchSize":10}}}""");

        Assert.Equal(5, settings.Queues.NewBatchThreshold);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.Zero, settings.Queues.VisibilityTimeout);
        Assert.Null(settings.FunctionTimeout);
    }

    [Theory]
    [InlineData("""{"extensions":{"queues":{"batchSize":64}}}""")]
    [InlineData("""{"extensions":{"queues":{"visibilityTimeout":"soon"}}}""")]
    [InlineData("""{"extensions":{"queues":{"messageEncoding":"utf7"}}}""")]
    [InlineData("""{"extensions": """)]
    public void Invalid_Settings_Are_Reported_As_Host_Json_Errors(string json)
    {
        Assert.Throws<HostJsonException>(() => HostJsonSettings.Parse(json));
    }
}
