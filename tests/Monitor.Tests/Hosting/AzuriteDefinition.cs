using Monitor.Testing;

namespace Monitor.Tests.Hosting;

[CollectionDefinition("Azurite")]
public sealed class AzuriteDefinition : ICollectionFixture<AzuriteFixture>;
