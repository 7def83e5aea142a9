using Monitor.Store.Keys;

namespace Monitor.Store.Tests.Keys;

public sealed class ContentHashTests
{
    [Fact]
    public void Of_Ignores_Whitespace_Layout_And_Case() =>
        Assert.Equal(ContentHash.Of("Coast guards  agree\n\non patrols. "), ContentHash.Of(" coast GUARDS agree on\tpatrols."));

    [Fact]
    public void Of_Distinguishes_Different_Words() =>
        Assert.NotEqual(ContentHash.Of("Coast guards agree"), ContentHash.Of("Coast guards disagree"));

    [Fact]
    public void Of_Is_Lower_Case_Sha256_Hex() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ContentHash.Of("  HELLO "));
}
