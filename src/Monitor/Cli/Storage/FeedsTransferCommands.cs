using System.CommandLine;
using Monitor.Feeds;
using Monitor.Feeds.Opml;
using Monitor.Store.Feeds;

namespace Monitor.Cli.Storage;

/// <summary><c>feeds import</c> and <c>feeds export</c>: feed lists as OPML, the format every feed reader speaks.</summary>
public static class FeedsTransferCommands
{
    public static Command Import(CliSettings settings, Option<string?> connection)
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "An OPML file (folders are flattened).", Arity = ArgumentArity.ZeroOrOne };
        var defaults = new Option<bool>("--defaults") { Description = "Import the feed list bundled with the monitor." };
        var command = new Command("import", "Subscribe to every feed of an OPML file, or of the bundled default list; feeds already subscribed are kept as they are.") { file, defaults };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var path = context.GetValue(file);
            var useDefaults = context.GetValue(defaults);
            if (path is null == !useDefaults)
            {
                throw new CliUsageException("Give either an OPML file or --defaults.");
            }

            var listed = useDefaults ? DefaultFeeds.Load() : OpmlDocument.Parse(await ReadAsync(path!, cancellationToken));
            var feeds = await context.Services.GetStoreAsync<FeedStore>(cancellationToken);
            var now = context.Services.Get<TimeProvider>().GetUtcNow();
            var added = 0;
            foreach (var entry in listed)
            {
                var (_, isNew) = await FeedSubscriptions.AddAsync(feeds, entry.Url, entry.Title, now, replaceTitle: false, cancellationToken);
                added += isNew ? 1 : 0;
            }

            var source = useDefaults ? "the default list" : path!.Name;
            await context.Output.WriteLineAsync($"Imported {listed.Count} feed(s) from {source}: {added} added, {listed.Count - added} already subscribed.");
            return CliAction.Success;
        }, connection);
        return command;
    }

    public static Command Export(CliSettings settings, Option<string?> connection)
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the OPML to this file instead of stdout." };
        var command = new Command("export", "Write the subscribed feeds as OPML.") { output };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var feeds = await context.Services.GetStoreAsync<FeedStore>(cancellationToken);
            var all = await FeedSubscriptions.ListInOrderAsync(feeds, cancellationToken);
            var opml = OpmlDocument.Write(all);
            if (context.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, opml, cancellationToken);
                await context.Output.WriteLineAsync($"Exported {all.Count} feed(s) to {target.FullName}.");
            }
            else
            {
                await context.Output.WriteAsync(opml);
            }

            return CliAction.Success;
        }, connection);
        return command;
    }

    private static async Task<string> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new CliUsageException($"File not found: {file.FullName}");
        }

        return await File.ReadAllTextAsync(file.FullName, cancellationToken);
    }
}
