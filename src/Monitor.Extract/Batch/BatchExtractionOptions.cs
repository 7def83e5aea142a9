namespace Monitor.Extract.Batch;

public sealed class BatchExtractionOptions
{
    /// <summary>
    /// Largest page read from disk, applied to the decompressed size of .html.gz files (a small archive can inflate
    /// without bound). Pages under this cap but over <see cref="ExtractionOptions.MaxInputBytes"/> are still refused
    /// by the extractor with a typed error.
    /// </summary>
    public long MaxPageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Pages extracted at the same time; defaults to the number of processors.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Base under which archived pages are given a URL (they carry none); relative links resolve against it.</summary>
    public Uri BaseUrl { get; set; } = new("https://archive.invalid/");
}
