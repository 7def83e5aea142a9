namespace Monitor.Evaluation.Corpus;

/// <summary>A corpus line that does not follow the format; the message names the line.</summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException(string source, int lineNumber, string problem, Exception? innerException = null)
        : base($"{source}:{lineNumber}: {problem}", innerException)
    {
        Source = source;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file (or "corpus" when read from a stream).</summary>
    public new string Source { get; }

    public int LineNumber { get; }

    public string Problem { get; }
}
