using System.CommandLine;
using Monitor.Classify;
using Monitor.Cli.Rendering;
using Monitor.Events;
using Monitor.Store.Articles;

namespace Monitor.Cli.Analysis;

/// <summary><c>reclassify</c>: brings stored classifications and events up to date with the current taxonomy.</summary>
public static class ReclassifyCommand
{
    public static Command Create(CliSettings settings)
    {
        var connection = CliOptions.ConnectionString();
        var all = new Option<bool>("--all") { Description = "Redo every article, not only those classified with another taxonomy version." };
        var command = new Command(
            "reclassify",
            "Classify the stored articles again and regroup them into events. By default only articles whose classification came from another taxonomy version.")
        {
            connection,
            all,
        };
        CliAction.Set(command, settings, async (context, cancellationToken) =>
        {
            var reclassifier = new Reclassifier(
                await context.Services.GetStoreAsync<ArticleStore>(cancellationToken),
                context.Services.Get<ArticleClassifier>(),
                context.Services.Get<EventGrouper>());
            var progress = new ProgressDisplay(context.ErrorConsole, context.Error, "reclassify");
            var result = await progress.RunAsync(report => reclassifier.RunAsync(context.GetValue(all), report, cancellationToken));

            var output = context.Output;
            await output.WriteLineAsync($"Taxonomy version: {context.Services.Get<Taxonomy>().Version}");
            await output.WriteLineAsync($"Articles scanned:    {result.Scanned}");
            await output.WriteLineAsync($"Reclassified:        {result.Reclassified}");
            await output.WriteLineAsync($"Became relevant:     {result.BecameRelevant}");
            await output.WriteLineAsync($"No longer relevant:  {result.NoLongerRelevant}");
            await output.WriteLineAsync($"Events created:      {result.EventsCreated}");
            await output.WriteLineAsync($"Events merged into:  {result.EventsMerged}");
            return CliAction.Success;
        }, connection);
        return command;
    }
}
