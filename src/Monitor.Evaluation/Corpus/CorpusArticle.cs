namespace Monitor.Evaluation.Corpus;

/// <summary>One line of a labelled corpus (see the eval format): an article and what a person said about it.</summary>
public sealed record CorpusArticle
{
    public required string Id { get; init; }

    /// <summary>1-based line in the corpus file, for messages.</summary>
    public int LineNumber { get; init; }

    public Uri? Url { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Plain text; null when the line carries <see cref="Html"/> instead.</summary>
    public string? Text { get; init; }

    public string? Html { get; init; }

    /// <summary>The watched country as written on the line ("watch"); null means the default.</summary>
    public string? Watch { get; init; }

    public required GoldLabels Labels { get; init; }
}

/// <summary>The labels of one article. Partners and actors are names as a person writes them, not taxonomy ids.</summary>
public sealed record GoldLabels
{
    public required bool Relevant { get; init; }

    public IReadOnlyList<string> EventTypes { get; init; } = [];

    public IReadOnlyList<string> Domains { get; init; } = [];

    public IReadOnlyList<string> Partners { get; init; } = [];

    public IReadOnlyList<string> LibyanActors { get; init; } = [];

    public string? EventKey { get; init; }

    public bool Opinion { get; init; }
}
