using System.CommandLine;
using Monitor.Cli.Rendering;
using Monitor.Extract.Batch;

namespace Monitor.Cli.Analysis;

/// <summary><c>extract</c>: the readability stage over a directory of archived pages, one JSON object out.</summary>
public static class ExtractCommand
{
    public static Command Create(CliSettings settings)
    {
        var directory = new Option<DirectoryInfo>("--dir") { Description = "Directory of archived pages: *.html and *.html.gz (the id is the file name).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The JSON file to write: { id: { title, articleBody, byline, published, ... } }.", Required = true };
        var command = new Command(
            "extract",
            "Extract the article text of every archived page in a directory into one JSON file. Pages that cannot be read still get an entry with an error; the verb succeeds and reports how many failed.")
        {
            directory,
            output,
        };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var source = context.GetValue(directory);
            var target = context.GetValue(output);
            if (!source.Exists)
            {
                throw new CliUsageException($"Directory not found: {source.FullName}");
            }

            var extractor = context.Services.Get<BatchExtractor>();
            var progress = new ProgressDisplay(context.ErrorConsole, context.Error, "extract");
            var result = await progress.RunAsync(report =>
                extractor.ExtractDirectoryAsync(source.FullName, new SynchronousProgress(p => report(p.Completed, p.Total)), cancellationToken));

            target.Directory?.Create();
            var file = new FileStream(target.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            await using (file)
            {
                await BatchExtractor.WriteJsonAsync(file, result, cancellationToken);
            }

            await context.Output.WriteLineAsync(
                $"Extracted {result.Pages.Count} page(s) to {target.FullName}: {result.Pages.Count - result.FailedCount} ok, {result.FailedCount} failed.");
            foreach (var failed in result.Pages.Where(p => p.Failed))
            {
                await context.Error.WriteLineAsync($"  failed {TerminalText.Clean(failed.Id)}: {TerminalText.Clean(failed.Article.Error, 200)}");
            }

            return CliAction.Success;
        });
        return command;
    }

    /// <summary>
    /// Reports on the caller's thread: <see cref="Progress{T}"/> would post to the thread pool and could report after the
    /// batch has finished.
    /// </summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
