using Monitor.Testing;

namespace Monitor.Store.Tests.Queues;

/// <summary>Queue tests share one Azurite; named apart from the table and blob tests' collection.</summary>
[CollectionDefinition("AzuriteQueues")]
public sealed class AzuriteQueuesDefinition : ICollectionFixture<AzuriteFixture>;
