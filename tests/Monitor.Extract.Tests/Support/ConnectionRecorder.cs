using System.Net;
using System.Net.Sockets;

namespace Monitor.Extract.Tests.Support;

/// <summary>
/// A loopback TCP listener that counts every connection made to it. Extraction must never download anything, so any
/// connection is a failure; a plain socket (not a web server) keeps this test free of the other projects' code.
/// </summary>
internal sealed class ConnectionRecorder : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _connections;

    public ConnectionRecorder()
    {
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptAsync();
    }

    public Uri BaseUrl { get; }

    public int Connections => Volatile.Read(ref _connections);

    public Uri Url(string path) => new(BaseUrl, path);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _acceptLoop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
