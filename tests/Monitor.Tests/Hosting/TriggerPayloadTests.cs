using System.Text.Json;
using Monitor.Hosting;

namespace Monitor.Tests.Hosting;

public sealed class TriggerPayloadTests
{
    [Theory]
    [InlineData("""{"feedId":"a"}""")]
    [InlineData("\"{\\\"feedId\\\":\\\"a\\\"}\"")]
    [InlineData("\"\\\"{\\\\\\\"feedId\\\\\\\":\\\\\\\"a\\\\\\\"}\\\"\"")]
    public void Message_Text_Is_Unwrapped_Until_It_Is_An_Object(string text)
    {
        var message = TriggerPayload.DecodeMessageText(text);

        Assert.Equal("a", message.GetProperty("feedId").GetString());
    }

    [Theory]
    [InlineData("plain words")]
    [InlineData("{broken")]
    public void Text_That_Is_Not_Json_Stays_A_String(string text)
    {
        var message = TriggerPayload.DecodeMessageText(text);

        Assert.Equal(text, message.GetString());
    }

    [Fact]
    public void Dequeue_Count_Is_Read_From_A_Number_Or_A_String()
    {
        var asNumber = new Dictionary<string, JsonElement> { ["DequeueCount"] = JsonSerializer.SerializeToElement(4) };
        var asString = new Dictionary<string, JsonElement> { ["dequeueCount"] = JsonSerializer.SerializeToElement("5") };

        Assert.Equal(4, TriggerPayload.ReadInt64(asNumber, "DequeueCount"));
        Assert.Equal(5, TriggerPayload.ReadInt64(asString, "DequeueCount"));
        Assert.Equal(0, TriggerPayload.ReadInt64(new Dictionary<string, JsonElement>(), "DequeueCount"));
    }

    [Fact]
    public void Timer_Without_Schedule_Status_Has_None()
    {
        var timer = TriggerPayload.DecodeTimer(JsonSerializer.Deserialize<JsonElement>("""{"Schedule":{},"ScheduleStatus":null,"IsPastDue":true}"""));

        Assert.Null(timer.Status);
        Assert.True(timer.IsPastDue);
    }
}
