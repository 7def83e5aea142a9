namespace Monitor.Store.Queues;

/// <summary>What happened to a message once its processing ended.</summary>
public enum QueueMessageOutcome
{
    /// <summary>Processed and deleted.</summary>
    Deleted,

    /// <summary>Failed and made visible again after the visibility timeout, for a retry.</summary>
    Released,

    /// <summary>Failed for the last time and moved to the poison queue.</summary>
    Poisoned,

    /// <summary>Not processed (shutdown); visible again after the visibility timeout, not counted as a failure.</summary>
    Abandoned,
}
