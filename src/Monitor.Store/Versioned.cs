namespace Monitor.Store;

/// <summary>A stored value with the opaque version (the table ETag) to pass back for a conditional write.</summary>
public sealed record Versioned<T>(T Value, string Version);
