using Monitor.Store.Serialization;
using Monitor.Store.Tests.Support;

namespace Monitor.Store.Tests.Serialization;

public sealed class StoreJsonTests
{
    [Fact]
    public void Classification_Round_Trips()
    {
        var classification = Some.Classification();

        var json = StoreJson.Serialize(classification);

        Assert.Equivalent(classification, StoreJson.DeserializeClassification(json), strict: true);
    }

    [Fact]
    public void Json_Is_CamelCase_With_Enums_As_Strings()
    {
        var json = StoreJson.Serialize(Some.Classification());

        Assert.Contains("\"watchedCountry\":\"libya\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"Report\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2025-03-13\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_Round_Trips()
    {
        var e = Some.Event(date: new DateOnly(2025, 3, 13));

        Assert.Equivalent(e, StoreJson.DeserializeEvent(StoreJson.Serialize(e)), strict: true);
    }
}
