using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Monitor.Hosting;
using Monitor.Hosting.Handler;

namespace Monitor.Tests.Hosting.Support;

/// <summary>
/// Starts the real custom handler the way the Functions host does: a free port in
/// FUNCTIONS_CUSTOMHANDLER_PORT, then HTTP calls to 127.0.0.1.
/// </summary>
public sealed class HandlerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public EchoFunction Echo { get; } = new("Echo", "echo-in", "echo-out");

    public ThrowingFunction Throwing { get; } = new("Throwing", "throwing-in");

    public TickFunction Tick { get; } = new("Tick", "0 */5 * * * *", "ticks", messagesPerRun: 2);

    public HttpClient Client { get; private set; } = new();

    public IReadOnlyList<FunctionDefinition> Catalog => [Echo.Definition, Throwing.Definition, Tick.Definition];

    public async Task InitializeAsync()
    {
        var port = FreePort();
        Environment.SetEnvironmentVariable(CustomHandlerPort.VariableName, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        MonitorFunction[] functions = [Echo, Throwing, Tick];
        _app = CustomHandlerApp.Build(
            Catalog,
            (services, _) =>
            {
                foreach (var function in functions)
                {
                    services.AddMonitorFunction(function);
                }
            });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
