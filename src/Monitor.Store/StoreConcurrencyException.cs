namespace Monitor.Store;

/// <summary>A conditional write lost: the entity changed (or appeared, or vanished) since it was read.</summary>
public sealed class StoreConcurrencyException(string entity, Exception? innerException = null)
    : Exception($"'{entity}' was changed by another writer.", innerException)
{
    public string Entity { get; } = entity;
}
