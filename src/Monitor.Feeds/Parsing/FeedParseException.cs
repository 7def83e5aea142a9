namespace Monitor.Feeds.Parsing;

/// <summary>A feed document that was refused, with the typed reason.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException()
        : this(FeedParseErrorKind.Malformed, "The feed could not be parsed.")
    {
    }

    public FeedParseException(string message)
        : this(FeedParseErrorKind.Malformed, message)
    {
    }

    public FeedParseException(string message, Exception innerException)
        : this(FeedParseErrorKind.Malformed, message, innerException)
    {
    }

    public FeedParseException(FeedParseErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public FeedParseErrorKind Kind { get; }
}
