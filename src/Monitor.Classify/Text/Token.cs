namespace Monitor.Classify.Text;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    AllUpper = 1,
    InitialUpper = 2,
    Arabic = 4,
    Digits = 8,
}

/// <summary>
/// One word of the analysed text. Keys are spans of the folded text (no allocation) unless the word needed rewriting
/// (dotted acronyms, Arabic diacritics), in which case <see cref="KeyOverride"/> holds the key.
/// </summary>
internal struct Token
{
    public int Start;
    public int End;
    public int KeyStart;
    public int KeyEnd;
    public int StemEnd;
    public string? KeyOverride;
    public TokenFlags Flags;
    public int Sentence;

    public readonly int Length => End - Start;

    public readonly ReadOnlySpan<char> ExactKey(char[] folded) =>
        KeyOverride is not null ? KeyOverride.AsSpan() : folded.AsSpan(KeyStart, KeyEnd - KeyStart);

    public readonly ReadOnlySpan<char> StemKey(char[] folded) =>
        KeyOverride is not null ? KeyOverride.AsSpan() : folded.AsSpan(KeyStart, StemEnd - KeyStart);

    public readonly bool HasStem => KeyOverride is null && StemEnd != KeyEnd;
}
