using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Monitor.Extract.Batch;
using Monitor.Extract.Tests.Support;

namespace Monitor.Extract.Tests;

public sealed class BatchExtractorTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("extract-batch-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Directory_With_Plain_Gzip_And_Broken_Files_Yields_One_Entry_Per_Page()
    {
        WritePlain("coast-guard-drill", Pages.English);
        WriteGzip("cooperazione-antidroga", Encoding.UTF8.GetBytes(Pages.Italian));
        WritePlain("subscriber-wall", Pages.SubscriberWall);
        File.WriteAllBytes(Path.Combine(_directory.FullName, "broken.html.gz"), "not gzip at all"u8.ToArray());
        File.WriteAllText(Path.Combine(_directory.FullName, "notes.txt"), "ignored");
        var progress = new RecordingProgress();

        var result = await NewBatch().ExtractDirectoryAsync(_directory.FullName, progress);

        Assert.Equal(["broken", "coast-guard-drill", "cooperazione-antidroga", "subscriber-wall"], result.Pages.Select(p => p.Id));
        Assert.Equal(2, result.FailedCount);
        Assert.Equal(4, progress.Reports.Count);
        Assert.Equal(4, progress.Reports.Max(r => r.Completed));
        Assert.All(progress.Reports, r => Assert.Equal(4, r.Total));

        using var json = JsonDocument.Parse(await ToJsonAsync(result));
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var ids = root.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(4, ids.Count);

        var broken = root.GetProperty("broken");
        Assert.Equal(string.Empty, broken.GetProperty("articleBody").GetString());
        Assert.False(string.IsNullOrWhiteSpace(broken.GetProperty("error").GetString()));

        var wall = root.GetProperty("subscriber-wall");
        Assert.Equal(string.Empty, wall.GetProperty("articleBody").GetString());
        Assert.False(string.IsNullOrWhiteSpace(wall.GetProperty("error").GetString()));

        var english = root.GetProperty("coast-guard-drill");
        Assert.Contains("forty nautical miles north of Zuwara", english.GetProperty("articleBody").GetString());
        Assert.Equal(JsonValueKind.Null, english.GetProperty("error").ValueKind);
        Assert.Equal("2024-03-14T09:30:00+01:00", english.GetProperty("published").GetString());
        Assert.Equal("https://cdn.harbourwire.example/img/2024/03/drill-lead.jpg", english.GetProperty("leadImage").GetString());

        var italian = root.GetProperty("cooperazione-antidroga");
        Assert.Contains("autorità libiche", italian.GetProperty("articleBody").GetString());
        Assert.Equal("it", italian.GetProperty("language").GetString());
        foreach (var field in new[] { "title", "articleBody", "byline", "published", "language", "canonicalUrl", "leadImage", "excerpt", "error" })
            Assert.True(italian.TryGetProperty(field, out _), $"missing {field}");
    }

    [Fact]
    public async Task Gzip_That_Inflates_Past_The_Cap_Is_An_Error_Entry()
    {
        WriteGzip("bomb", new byte[4 * 1024 * 1024]);
        var batch = NewBatch(new BatchExtractionOptions { MaxPageBytes = 256 * 1024 });

        var result = await batch.ExtractDirectoryAsync(_directory.FullName);

        var page = Assert.Single(result.Pages);
        Assert.Equal("bomb", page.Id);
        Assert.Equal(ExtractionErrorKind.Unreadable, page.Article.ErrorKind);
        Assert.Contains("larger than", page.Article.Error);
    }

    [Fact]
    public async Task Legacy_Charset_Declared_In_Meta_Is_Decoded()
    {
        var html = Pages.Article(head: "<meta charset=\"windows-1252\">", articleExtra: "<p>Le ministre a salué la coopération régionale.</p>");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(_directory.FullName, "latin.html"), Encoding.GetEncoding(1252).GetBytes(html));

        var result = await NewBatch().ExtractDirectoryAsync(_directory.FullName);

        Assert.Contains("salué la coopération", Assert.Single(result.Pages).Article.Text);
    }

    [Fact]
    public async Task Json_Output_Is_Identical_Across_Runs()
    {
        WritePlain("b", Pages.English);
        WritePlain("a", Pages.Italian);
        WritePlain("c", Pages.SubscriberWall);

        var first = await ToJsonAsync(await NewBatch().ExtractDirectoryAsync(_directory.FullName));
        var second = await ToJsonAsync(await NewBatch().ExtractDirectoryAsync(_directory.FullName));

        Assert.Equal(first, second);
    }

    private static BatchExtractor NewBatch(BatchExtractionOptions? options = null) =>
        new(new ArticleExtractor(new ExtractionOptions()), options);

    private static async Task<string> ToJsonAsync(BatchExtractionResult result)
    {
        using var stream = new MemoryStream();
        await BatchExtractor.WriteJsonAsync(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WritePlain(string id, string html) =>
        File.WriteAllText(Path.Combine(_directory.FullName, id + ".html"), html);

    private void WriteGzip(string id, byte[] content)
    {
        using var file = File.Create(Path.Combine(_directory.FullName, id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(content);
    }

    private sealed class RecordingProgress : IProgress<BatchProgress>
    {
        private readonly object _gate = new();

        public List<BatchProgress> Reports { get; } = [];

        public void Report(BatchProgress value)
        {
            lock (_gate)
                Reports.Add(value);
        }
    }
}
