namespace Monitor.Hosting.Runner;

/// <summary>Totals of one <c>run-once</c> (or of a <c>serve</c> session).</summary>
public sealed record RunSummary
{
    public int TimersInvoked { get; init; }

    public int TimerFailures { get; init; }

    public int MessagesSucceeded { get; init; }

    public int MessagesRetried { get; init; }

    public int MessagesPoisoned { get; init; }

    public int MessagesAbandoned { get; init; }

    public int MessagesEnqueued { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// 0 when everything succeeded (retries that later succeeded included); 2 when a timer failed or a
    /// message went to a poison queue, i.e. work was dropped and someone should look; 1 is left to errors
    /// that stopped the run itself.
    /// </summary>
    public int ExitCode => TimerFailures > 0 || MessagesPoisoned > 0 ? 2 : 0;

    public override string ToString() =>
        $"timers {TimersInvoked} ({TimerFailures} failed), messages {MessagesSucceeded} succeeded, {MessagesRetried} retried, " +
        $"{MessagesPoisoned} poisoned, {MessagesAbandoned} abandoned, {MessagesEnqueued} enqueued, in {Elapsed.TotalSeconds:0.0} s";
}
