namespace Monitor.Extract.Batch;

/// <summary>Reported after each page of a batch.</summary>
public sealed record BatchProgress(int Completed, int Total, string LastId, bool LastFailed);
