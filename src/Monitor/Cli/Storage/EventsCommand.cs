using System.CommandLine;
using System.Globalization;
using Monitor.Classify;
using Monitor.Cli.Rendering;
using Monitor.Events;
using Monitor.Store.Events;
using Spectre.Console;

namespace Monitor.Cli.Storage;

/// <summary><c>events list|show</c>: cooperation events merged from every report of them.</summary>
public static class EventsCommand
{
    public static Command Create(CliSettings settings)
    {
        var connection = CliOptions.ConnectionString();
        var command = new Command("events", "Browse the cooperation events.") { connection };
        command.Subcommands.Add(List(settings, connection));
        command.Subcommands.Add(Show(settings, connection));
        return command;
    }

    private static Command List(CliSettings settings, Option<string?> connection)
    {
        var take = CliOptions.Count("--take", 30, "At most N events.");
        var json = CliOptions.Json("the events");
        var command = new Command("list", "List the most recently updated events.") { take, json };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var store = await context.Services.GetStoreAsync<EventStore>(cancellationToken);
            var events = await store.ListRecentAsync(context.GetValue(take), cancellationToken);
            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(events));
                return CliAction.Success;
            }

            if (events.Count == 0)
            {
                await context.Output.WriteLineAsync("No events.");
                return CliAction.Success;
            }

            var taxonomy = context.Services.Get<Taxonomy>();
            var table = new Table().AddColumns("Id", "Date", "Types", "Partners", "Summary", "Sources", "Version");
            foreach (var e in events)
            {
                table.AddRow(
                    new Text(e.Id),
                    new Text(TerminalText.Date(e.Date) + (e.DateInferred ? "~" : string.Empty)),
                    new Text(string.Join(", ", e.Types)),
                    TerminalText.Cell(Names(taxonomy, e.Partners), 60),
                    TerminalText.Cell(e.Summary, 100),
                    new Text(e.Sources.Count.ToString(CultureInfo.InvariantCulture)),
                    new Text(e.Version.ToString(CultureInfo.InvariantCulture)));
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync($"{events.Count} event(s). A date marked ~ was inferred from publication dates.");
            return CliAction.Success;
        }, connection);
        return command;
    }

    private static Command Show(CliSettings settings, Option<string?> connection)
    {
        var id = new Argument<string>("ID") { Description = "The event's id (see 'events list')." };
        var json = new Option<bool>("--json") { Description = "Print the event as JSON." };
        var command = new Command("show", "Show one event with all its sources.") { id, json };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var eventId = context.GetValue(id).Trim();
            var store = await context.Services.GetStoreAsync<EventStore>(cancellationToken);
            var found = (eventId.Length == 0 ? null : await store.GetAsync(eventId, cancellationToken))
                ?? throw new CliUsageException($"No event with id '{TerminalText.Clean(eventId, 100)}'. See 'events list'.");
            if (context.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(found));
                return CliAction.Success;
            }

            Write(context.Output, found, context.Services.Get<Taxonomy>());
            await context.Output.FlushAsync(cancellationToken);
            return CliAction.Success;
        }, connection);
        return command;
    }

    private static void Write(TextWriter output, CooperationEvent e, Taxonomy taxonomy)
    {
        output.WriteLine($"Id:           {e.Id}");
        output.WriteLine($"Summary:      {TerminalText.Clean(e.Summary)}");
        output.WriteLine($"Date:         {TerminalText.Date(e.Date)} ({(e.DateInferred ? "inferred from publication" : "from the text")}, {TerminalText.Number(e.DateConfidence)})");
        output.WriteLine($"Place:        {TerminalText.Clean(e.Place ?? "-")}");
        output.WriteLine($"Watched:      {taxonomy.DisplayName(e.WatchedCountry)}");
        output.WriteLine($"Types:        {List(e.Types)}");
        output.WriteLine($"Domains:      {List(e.Domains)}");
        output.WriteLine($"Partners:     {List(Names(taxonomy, e.Partners))}");
        output.WriteLine($"Actors:       {List(Names(taxonomy, e.Actors))}");
        output.WriteLine($"People:       {List(string.Join(", ", e.People))}");
        output.WriteLine($"First seen:   {TerminalText.Date(e.FirstSeen)}");
        output.WriteLine($"Updated:      {TerminalText.Date(e.LastUpdated)} (version {e.Version})");
        output.WriteLine();
        output.WriteLine($"Sources ({e.Sources.Count}):");
        foreach (var source in e.Sources.OrderBy(s => s.Published ?? DateTimeOffset.MaxValue))
        {
            output.WriteLine($"  - {TerminalText.Date(source.Published)}  {TerminalText.Clean(source.Outlet ?? "-")}  {TerminalText.Clean(source.Title, 150)}");
            output.WriteLine($"      article {source.ArticleId}  {source.Url?.AbsoluteUri ?? string.Empty}");
        }
    }

    private static string Names(Taxonomy taxonomy, IReadOnlyList<string> ids) => string.Join(", ", ids.Select(taxonomy.DisplayName));

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static string List(string joined) => joined.Length == 0 ? "-" : TerminalText.Clean(joined);
}
