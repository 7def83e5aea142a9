using Monitor.Hosting;
using Monitor.Hosting.Handler;

namespace Monitor.Tests.Hosting;

public sealed class CustomHandlerPortTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-port")]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-5")]
    public void Missing_Or_Invalid_Port_Is_A_Clear_Configuration_Error(string? value)
    {
        var error = Assert.Throws<HostingConfigurationException>(() => CustomHandlerPort.Parse(value));

        Assert.Contains(CustomHandlerPort.VariableName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_Port_Is_Accepted()
    {
        Assert.Equal(7071, CustomHandlerPort.Parse(" 7071 "));
    }
}
