namespace Monitor.Store.Queues;

/// <summary>
/// A received message. The pop receipt changes each time visibility is updated, so it lives here and is
/// refreshed by <see cref="WorkQueue"/>; always complete, release or renew through the same item.
/// </summary>
public sealed class QueueWorkItem
{
    internal QueueWorkItem(string queueName, string messageId, string popReceipt, long dequeueCount, string body,
        DateTimeOffset? insertedOn, DateTimeOffset? expiresOn, DateTimeOffset? nextVisibleOn)
    {
        QueueName = queueName;
        MessageId = messageId;
        PopReceipt = popReceipt;
        DequeueCount = dequeueCount;
        Body = body;
        InsertedOn = insertedOn;
        ExpiresOn = expiresOn;
        NextVisibleOn = nextVisibleOn;
    }

    public string QueueName { get; }

    public string MessageId { get; }

    public string PopReceipt { get; internal set; }

    /// <summary>How many times the message has been received, this time included.</summary>
    public long DequeueCount { get; }

    /// <summary>The message text, already base64-decoded when the queue encodes.</summary>
    public string Body { get; }

    public DateTimeOffset? InsertedOn { get; }

    public DateTimeOffset? ExpiresOn { get; }

    public DateTimeOffset? NextVisibleOn { get; internal set; }
}
