using Monitor.Cli.Rendering;

namespace Monitor.Tests.Cli;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("Plain title", "Plain title")]
    [InlineData("Line one\r\nLine two", "Line one Line two")]
    [InlineData("\u001b[31mred\u001b[0m", "[31mred [0m")]
    [InlineData("bell\u0007 and tab\tand\u0000nul", "bell and tab and nul")]
    [InlineData("right\u202Eto-left override", "right to-left override")]
    [InlineData("  padded  ", "padded")]
    [InlineData(null, "")]
    public void Clean_Turns_Control_And_Format_Characters_Into_Single_Spaces(string? input, string expected) =>
        Assert.Equal(expected, TerminalText.Clean(input));

    [Fact]
    public void Clean_Cuts_Long_Text_With_An_Ellipsis()
    {
        var cut = TerminalText.Clean(new string('a', 50), maxLength: 10);

        Assert.Equal(10, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_Is_Never_Parsed_As_Markup()
    {
        using var output = new StringWriter();
        var console = CliConsoles.Create(output, isTerminal: false);

        console.Write(TerminalText.Cell("[red]not markup[/] [link=https://evil.example]x[/]"));

        Assert.Equal("[red]not markup[/] [link=https://evil.example]x[/]", output.ToString().TrimEnd());
    }
}
