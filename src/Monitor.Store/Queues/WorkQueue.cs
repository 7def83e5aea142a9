using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Monitor.Store.Queues;

/// <summary>
/// One storage queue, seen as a work queue: enqueue JSON, receive with a lease, delete, release.
/// Hosts use this instead of the SDK client so that only the storage layer knows Azure types.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a storage queue.")]
public sealed class WorkQueue
{
    /// <summary>The service accepts at most 32 messages per receive.</summary>
    public const int MaxMessagesPerReceive = 32;

    private static readonly JsonSerializerOptions DefaultJson = new(JsonSerializerDefaults.Web);
    private readonly QueueClient _client;

    internal WorkQueue(QueueClient client) => _client = client;

    public string Name => _client.Name;

    public string PoisonName => QueueNames.Poison(Name);

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Serialises <paramref name="message"/> to JSON (web defaults unless given) and enqueues it.</summary>
    /// <returns>The id of the new message.</returns>
    public Task<string> EnqueueAsync<T>(T message, JsonSerializerOptions? options = null, CancellationToken cancellationToken = default) =>
        EnqueueTextAsync(JsonSerializer.Serialize(message, options ?? DefaultJson), cancellationToken);

    /// <summary>Enqueues a JSON value as is.</summary>
    public Task<string> EnqueueJsonAsync(JsonElement message, CancellationToken cancellationToken = default) =>
        EnqueueTextAsync(message.GetRawText(), cancellationToken);

    /// <summary>Enqueues raw text; the queue's encoding applies.</summary>
    public async Task<string> EnqueueTextAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var receipt = await _client.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
        return receipt.Value.MessageId;
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> messages and hides them for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<QueueWorkItem>> ReceiveAsync(int maxMessages, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var response = await _client.ReceiveMessagesAsync(Math.Min(maxMessages, MaxMessagesPerReceive), lease, cancellationToken)
            .ConfigureAwait(false);
        return [.. response.Value.Select(m => new QueueWorkItem(
            Name, m.MessageId, m.PopReceipt, m.DequeueCount, m.Body?.ToString() ?? string.Empty,
            m.InsertedOn, m.ExpiresOn, m.NextVisibleOn))];
    }

    /// <summary>Messages currently visible, without receiving them (dequeue count unchanged).</summary>
    public async Task<IReadOnlyList<string>> PeekAsync(int maxMessages = MaxMessagesPerReceive, CancellationToken cancellationToken = default)
    {
        var response = await _client.PeekMessagesAsync(Math.Clamp(maxMessages, 1, MaxMessagesPerReceive), cancellationToken).ConfigureAwait(false);
        return [.. response.Value.Select(m => m.Body?.ToString() ?? string.Empty)];
    }

    /// <summary>
    /// The approximate number of messages, invisible ones included (received or released for later);
    /// zero when the queue does not exist.
    /// </summary>
    public async Task<int> GetApproximateCountAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var properties = await _client.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException e) when (e.ErrorCode == QueueErrorCode.QueueNotFound)
        {
            return 0;
        }
    }

    /// <summary>Deletes a processed message. A message already gone (lease lost and re-received) is not an error.</summary>
    public async Task DeleteAsync(QueueWorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await _client.DeleteMessageAsync(item.MessageId, item.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == QueueErrorCode.MessageNotFound)
        {
            // Another receiver owns it now or it was deleted already; nothing is lost.
        }
    }

    /// <summary>Makes the message visible again after <paramref name="visibilityTimeout"/>, keeping its body.</summary>
    public async Task SetVisibilityAsync(QueueWorkItem item, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var response = await _client.UpdateMessageAsync(item.MessageId, item.PopReceipt, messageText: null, visibilityTimeout, cancellationToken)
            .ConfigureAwait(false);
        item.PopReceipt = response.Value.PopReceipt;
        item.NextVisibleOn = response.Value.NextVisibleOn;
    }

    /// <summary>Deletes the queue; for tests and resets.</summary>
    public async Task DeleteIfExistsAsync(CancellationToken cancellationToken = default) =>
        await _client.DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
}
