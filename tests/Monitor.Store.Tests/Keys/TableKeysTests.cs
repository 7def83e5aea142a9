using Monitor.Store.Keys;

namespace Monitor.Store.Tests.Keys;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("https://example.com/a/b?c=d#e")]
    [InlineData("back\\slash")]
    [InlineData("tab\there\u0000nul\u007fdel\u0085nel")]
    [InlineData("100% sure")]
    [InlineData("lone \ud800 surrogate")]
    [InlineData("ليبيا 😀")]
    public void ForValue_Gives_A_Valid_Key_That_Reverses(string value)
    {
        var key = TableKeys.ForValue(value);

        Assert.True(TableKeys.IsValid(key), key);
        Assert.Equal(value, TableKeys.ToValue(key));
    }

    [Fact]
    public void ForValue_Keeps_Distinct_Values_Distinct()
    {
        Assert.NotEqual(TableKeys.ForValue("a/b"), TableKeys.ForValue("a%2Fb"));
    }

    [Fact]
    public void ForValue_Hashes_Values_Too_Long_For_A_Key()
    {
        var key = TableKeys.ForValue(new string('/', 2_000));

        Assert.True(TableKeys.IsValid(key));
        Assert.True(key.Length < 100);
        Assert.Null(TableKeys.ToValue(key));
    }

    [Fact]
    public void InvertedTicks_Sort_Newest_First()
    {
        var older = TableKeys.InvertedTicks(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var newer = TableKeys.InvertedTicks(new DateTimeOffset(2025, 1, 1, 0, 0, 1, TimeSpan.Zero));

        Assert.True(string.CompareOrdinal(newer, older) < 0);
        Assert.Equal(19, older.Length);
    }
}
