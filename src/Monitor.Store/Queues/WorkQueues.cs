using Azure.Storage.Queues;

namespace Monitor.Store.Queues;

/// <summary>
/// Opens the pipeline's work queues on one storage account with the encoding the Functions host expects.
/// </summary>
public sealed class WorkQueues
{
    private readonly QueueServiceClient _service;

    /// <param name="connectionString">A storage connection string, e.g. <c>UseDevelopmentStorage=true</c>.</param>
    /// <param name="encoding">Must match host.json <c>messageEncoding</c>.</param>
    public WorkQueues(string connectionString, WorkQueueEncoding encoding = WorkQueueEncoding.Base64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _service = new QueueServiceClient(connectionString, CreateClientOptions(encoding));
    }

    /// <summary>For callers that built the service client themselves (identity-based connections).</summary>
    public WorkQueues(QueueServiceClient service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>
    /// SDK options whose encoding matches host.json: the v12 SDK does not base64-encode by default,
    /// while the host's default <c>messageEncoding</c> is "base64".
    /// </summary>
    public static QueueClientOptions CreateClientOptions(WorkQueueEncoding encoding = WorkQueueEncoding.Base64) => new()
    {
        MessageEncoding = encoding == WorkQueueEncoding.Base64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None,
    };

    public WorkQueue FeedsToFetch => Get(QueueNames.FeedsToFetch);

    public WorkQueue ArticlesToProcess => Get(QueueNames.ArticlesToProcess);

    public WorkQueue Get(string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return new WorkQueue(_service.GetQueueClient(queueName));
    }

    /// <summary>Creates each queue and its poison twin when missing.</summary>
    public async Task CreateIfNotExistsAsync(IEnumerable<string> queueNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queueNames);
        foreach (var name in queueNames)
        {
            await Get(name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            await Get(QueueNames.Poison(name)).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
