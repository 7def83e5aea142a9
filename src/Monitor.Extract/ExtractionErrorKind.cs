namespace Monitor.Extract;

/// <summary>Why a page could not be turned into an article.</summary>
public enum ExtractionErrorKind
{
    /// <summary>The page body was empty or whitespace.</summary>
    EmptyInput,

    /// <summary>The HTML exceeded <see cref="ExtractionOptions.MaxInputBytes"/>.</summary>
    InputTooLarge,

    /// <summary>The HTML had more elements than <see cref="ExtractionOptions.MaxElemsToParse"/>.</summary>
    TooManyElements,

    /// <summary>The HTML nested elements deeper than <see cref="ExtractionOptions.MaxNestingDepth"/>.</summary>
    TooDeeplyNested,

    /// <summary>Parsing did not finish within <see cref="ExtractionOptions.ParseTimeout"/>.</summary>
    Timeout,

    /// <summary>The readability parser failed.</summary>
    ParseFailed,

    /// <summary>The page parsed but held no article (login wall, index page, near-empty page).</summary>
    NotReadable,

    /// <summary>An archived page could not be read from disk (I/O error, corrupt or oversized gzip).</summary>
    Unreadable,
}
