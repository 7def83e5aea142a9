namespace Monitor.Store.Queues;

/// <summary>
/// How message bodies travel on the wire. Must agree with host.json <c>extensions.queues.messageEncoding</c>:
/// the Functions host expects base64 by default, while the v12 SDK sends plain text unless told otherwise.
/// </summary>
public enum WorkQueueEncoding
{
    Base64,
    None,
}
