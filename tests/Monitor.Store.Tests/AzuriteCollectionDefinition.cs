using Monitor.Testing;

namespace Monitor.Store.Tests;

[CollectionDefinition("Azurite")]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
