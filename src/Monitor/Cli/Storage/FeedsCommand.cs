using System.CommandLine;
using Monitor.Cli.Rendering;
using Monitor.Feeds;
using Monitor.Store.Feeds;
using Spectre.Console;

namespace Monitor.Cli.Storage;

/// <summary><c>feeds add|list|remove|import|export</c>: the subscriptions the poller works through.</summary>
public static class FeedsCommand
{
    public static Command Create(CliSettings settings)
    {
        var connection = CliOptions.ConnectionString();
        var command = new Command("feeds", "Manage the feeds the monitor polls.") { connection };
        command.Subcommands.Add(Add(settings, connection));
        command.Subcommands.Add(List(settings, connection));
        command.Subcommands.Add(Remove(settings, connection));
        command.Subcommands.Add(FeedsTransferCommands.Import(settings, connection));
        command.Subcommands.Add(FeedsTransferCommands.Export(settings, connection));
        return command;
    }

    private static Command Add(CliSettings settings, Option<string?> connection)
    {
        var url = new Argument<string>("URL") { Description = "The feed's http(s) address (RSS or Atom)." };
        var title = new Option<string?>("--title") { Description = "A title to show instead of the feed's own." };
        var command = new Command("add", "Subscribe to a feed; adding a feed that is already subscribed changes nothing (or only its title).") { url, title };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var raw = context.GetValue(url);
            var feedUrl = CliOptions.TryParseWebUrl(raw) ?? throw new CliUsageException($"'{raw}' is not an http or https URL.");
            var newTitle = context.GetValue(title) is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
            var feeds = await context.Services.GetStoreAsync<FeedStore>(cancellationToken);
            var (feed, added) = await FeedSubscriptions.AddAsync(feeds, feedUrl, newTitle, context.Services.Get<TimeProvider>().GetUtcNow(), replaceTitle: true, cancellationToken);
            await context.Output.WriteLineAsync(added
                ? $"Added feed {feed.Id}: {feed.Url.AbsoluteUri}"
                : $"Already subscribed as {feed.Id}: {feed.Url.AbsoluteUri}{(newTitle is null ? string.Empty : " (title updated)")}");
            return CliAction.Success;
        }, connection);
        return command;
    }

    private static Command List(CliSettings settings, Option<string?> connection)
    {
        var json = CliOptions.Json("the feeds");
        var command = new Command("list", "List the subscribed feeds with their polling state.") { json };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var feeds = await context.Services.GetStoreAsync<FeedStore>(cancellationToken);
            var all = await FeedSubscriptions.ListInOrderAsync(feeds, cancellationToken);
            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize<IReadOnlyList<FeedSubscription>>(all));
                return CliAction.Success;
            }

            if (all.Count == 0)
            {
                await context.Output.WriteLineAsync("No feeds. Add one with 'feeds add URL' or 'feeds import --defaults'.");
                return CliAction.Success;
            }

            var table = new Table().AddColumns("Id", "Title", "URL", "Enabled", "Last poll", "Next poll", "Failures", "Last error");
            foreach (var feed in all)
            {
                table.AddRow(
                    new Text(feed.Id),
                    TerminalText.Cell(feed.Title ?? "-", 60),
                    TerminalText.Cell(feed.Url.AbsoluteUri),
                    new Text(feed.Enabled ? "yes" : "no" + (feed.DisabledReason is null ? string.Empty : $" ({TerminalText.Clean(feed.DisabledReason, 40)})")),
                    new Text(TerminalText.Date(feed.LastPolledAt)),
                    new Text(feed.Enabled ? TerminalText.Date(feed.NextPollAt) : "-"),
                    new Text(feed.ConsecutiveFailures.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    TerminalText.Cell(feed.LastError is null ? "-" : $"{feed.LastErrorKind}: {feed.LastError}", 80));
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync($"{all.Count} feed(s).");
            return CliAction.Success;
        }, connection);
        return command;
    }

    private static Command Remove(CliSettings settings, Option<string?> connection)
    {
        var target = new Argument<string>("ID|URL") { Description = "The feed's id (see 'feeds list') or the URL it was added with." };
        var command = new Command("remove", "Unsubscribe from a feed. Articles already stored are kept.") { target };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var value = context.GetValue(target).Trim();
            var feeds = await context.Services.GetStoreAsync<FeedStore>(cancellationToken);
            var id = await FeedSubscriptions.ResolveIdAsync(feeds, value, cancellationToken)
                ?? throw new CliUsageException($"No feed with id or URL '{TerminalText.Clean(value, 200)}'. See 'feeds list'.");
            if (!await feeds.DeleteAsync(id, cancellationToken))
            {
                throw new CliUsageException($"No feed with id '{id}'.");
            }

            await context.Output.WriteLineAsync($"Removed feed {id}.");
            return CliAction.Success;
        }, connection);
        return command;
    }
}
