namespace Monitor.Evaluation;

/// <summary>Turns a corpus line's raw page HTML into the article text the classifier reads.</summary>
/// <remarks>The host plugs in the pipeline's own extraction so eval scores what production would see.</remarks>
public interface IHtmlToText
{
    string ToText(string html, Uri? url);
}

/// <summary>Adapts a delegate (e.g. a lambda over the extractor) to <see cref="IHtmlToText"/>.</summary>
public sealed class DelegateHtmlToText(Func<string, string?, string> toText) : IHtmlToText
{
    private readonly Func<string, string?, string> _toText = toText ?? throw new ArgumentNullException(nameof(toText));

    public string ToText(string html, Uri? url) => _toText(html, url?.AbsoluteUri);
}
