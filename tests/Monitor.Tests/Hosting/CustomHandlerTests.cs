using System.Net;
using System.Text;
using System.Text.Json;
using Monitor.Tests.Hosting.Support;

namespace Monitor.Tests.Hosting;

/// <summary>The custom handler protocol, driven with the payloads the Functions host sends.</summary>
public sealed class CustomHandlerTests(HandlerFixture handler) : IClassFixture<HandlerFixture>
{
    private const string QueueMetadata =
        """{"DequeueCount":3,"Id":"6f1c2b1e-1","InsertionTime":"2025-03-01T10:00:00+00:00","ExpirationTime":"2025-03-08T10:00:00+00:00","NextVisibleTime":"2025-03-01T10:10:00+00:00","PopReceipt":"AgAAAAMAAAA","sys":{"MethodName":"Echo","UtcNow":"2025-03-01T10:00:01Z","RandGuid":"0b7e"}}""";

    [Fact]
    public async Task Readiness_Probe_On_Root_Answers()
    {
        using var response = await handler.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Queue_Message_As_Json_Object_String_Is_Decoded_And_Outputs_Returned_As_Objects()
    {
        var body = $$"""{"Data":{"msg":"{\"feedId\":\"libya-observer\"}"},"Metadata":{{QueueMetadata}}}""";

        using var document = await PostAsync("Echo", body, HttpStatusCode.OK);

        var output = Assert.Single(document.RootElement.GetProperty("Outputs").GetProperty("out").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, output.ValueKind);
        Assert.Equal("libya-observer", output.GetProperty("echo").GetProperty("feedId").GetString());
        Assert.Equal(3, output.GetProperty("dequeueCount").GetInt64());
        Assert.Equal("echoed 6f1c2b1e-1", Assert.Single(document.RootElement.GetProperty("Logs").EnumerateArray()).GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("ReturnValue").ValueKind);
    }

    [Fact]
    public async Task Queue_Message_Encoded_Twice_Is_Unwrapped_To_The_Object()
    {
        var inner = JsonSerializer.Serialize(JsonSerializer.Serialize(new { feedId = "twice" }));
        var body = $$"""{"Data":{"msg":{{JsonSerializer.Serialize(inner)}}},"Metadata":{{QueueMetadata}}}""";

        using var document = await PostAsync("Echo", body, HttpStatusCode.OK);

        var output = Assert.Single(document.RootElement.GetProperty("Outputs").GetProperty("out").EnumerateArray());
        Assert.Equal("twice", output.GetProperty("echo").GetProperty("feedId").GetString());
    }

    [Fact]
    public async Task Queue_Message_As_Object_Is_Taken_As_Is()
    {
        var body = $$$"""{"Data":{"msg":{"feedId":"object"}},"Metadata":{{{QueueMetadata}}}}""";

        using var document = await PostAsync("Echo", body, HttpStatusCode.OK);

        var output = Assert.Single(document.RootElement.GetProperty("Outputs").GetProperty("out").EnumerateArray());
        Assert.Equal("object", output.GetProperty("echo").GetProperty("feedId").GetString());
    }

    [Fact]
    public async Task Timer_Payload_With_Schedule_Status_Runs_The_Function()
    {
        const string body = """
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2025-03-01T09:45:00+00:00","Next":"2025-03-01T10:00:00+00:00","LastUpdated":"2025-03-01T09:45:00+00:00"},"IsPastDue":true}},
             "Metadata":{"sys":{"MethodName":"Tick","UtcNow":"2025-03-01T10:00:00Z","RandGuid":"1"}}}
            """;

        using var document = await PostAsync("Tick", body, HttpStatusCode.OK);

        Assert.Equal(2, document.RootElement.GetProperty("Outputs").GetProperty("ticks").GetArrayLength());
        Assert.Contains(handler.Tick.Runs, r => r.IsPastDue && r.Status?.Next == DateTimeOffset.Parse("2025-03-01T10:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Timer_Payload_Without_Schedule_Status_Runs_The_Function()
    {
        const string body = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{}}""";

        using var document = await PostAsync("Tick", body, HttpStatusCode.OK);

        Assert.Equal("no schedule status", Assert.Single(document.RootElement.GetProperty("Logs").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Throwing_Function_Answers_500_With_The_Error_In_Logs()
    {
        var body = $$"""{"Data":{"msg":"{\"n\":1}"},"Metadata":{{QueueMetadata}}}""";

        using var document = await PostAsync("Throwing", body, HttpStatusCode.InternalServerError);

        Assert.Contains("could not be parsed", Assert.Single(document.RootElement.GetProperty("Logs").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_Function_Answers_404()
    {
        using var document = await PostAsync("NoSuchFunction", """{"Data":{},"Metadata":{}}""", HttpStatusCode.NotFound);

        Assert.Contains("NoSuchFunction", document.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_Catalog_Function_Has_A_Route()
    {
        foreach (var name in handler.Catalog.Select(d => d.Name))
        {
            // An empty Data is malformed for every trigger: 400 proves the route exists.
            using var document = await PostAsync(name, """{"Data":{},"Metadata":{}}""", HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"Metadata":{}}""")]
    [InlineData("""{"Data":{"other":"x"},"Metadata":{}}""")]
    public async Task Malformed_Body_Answers_400(string body)
    {
        using var document = await PostAsync("Echo", body, HttpStatusCode.BadRequest);

        Assert.StartsWith("Malformed invocation request", document.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonDocument> PostAsync(string function, string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await handler.Client.PostAsync(new Uri(function, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
