using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Monitor.Store.Emulator;

/// <summary>
/// Starts the pinned Azurite from <c>tools/azurite/node_modules</c> on free loopback ports, for the demo,
/// local runs and the tests. The process dies with this object; <see cref="StopAsync"/> and <see cref="RestartAsync"/>
/// simulate a storage outage on the same ports and data directory.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const int ServiceCount = 3;

    private Process _process = null!;
    private TaskCompletionSource _servicesClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _closedServices;

    private AzuriteServer(int blobPort, int queuePort, int tablePort, string? dataDirectory)
    {
        DataDirectory = dataDirectory;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>Where data persists across restarts; null when in memory.</summary>
    public string? DataDirectory { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>A connection string for the well-known development account on this instance's ports.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>
    /// Starts Azurite and waits until all three services accept connections.
    /// </summary>
    /// <param name="dataDirectory">Where to persist; in memory when null.</param>
    public static async Task<AzuriteServer> StartAsync(string? dataDirectory = null, CancellationToken cancellationToken = default)
    {
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var server = new AzuriteServer(blob, queue, table, dataDirectory);
        server.Launch();
        try
        {
            await server.WaitUntilListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>CPU time the Azurite process has used so far (it shares the machine with the monitor in the benchmark).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
        }
    }

    /// <summary>Whether the Azurite process is running.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>
    /// Stops Azurite the way an operator would: SIGTERM, so it saves its data files, then a kill once all three services
    /// report closed (it would otherwise linger until every client's keep-alive connection ends). Clients see refused
    /// connections until <see cref="RestartAsync"/>.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (signal is not null)
            {
                await signal.WaitForExitAsync(cancellationToken);
            }

            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(TimeSpan.FromSeconds(10));
            try
            {
                await Task.WhenAny(_servicesClosed.Task, _process.WaitForExitAsync(grace.Token)).Unwrap().WaitAsync(grace.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Did not close in time: fall through to a hard kill.
            }
        }

        if (_process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Starts Azurite again on the same ports and data directory (stopping it first if it runs).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        _process.Dispose();
        Launch();
        await WaitUntilListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
    }

    private void Launch()
    {
        _servicesClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _closedServices = 0;
        _process = StartProcess(BlobPort, QueuePort, TablePort, DataDirectory, OnOutput);
    }

    private void OnOutput(string? line)
    {
        // Azurite prints "Azurite <service> service successfully closed" once its data files are saved.
        if (line is not null && line.Contains("successfully closed", StringComparison.Ordinal)
            && Interlocked.Increment(ref _closedServices) == ServiceCount)
        {
            _servicesClosed.TrySetResult();
        }
    }

    private static Process StartProcess(int blob, int queue, int table, string? dataDirectory, Action<string?> onOutput)
    {
        var executable = FindExecutable();
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--silent", "--disableTelemetry",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (dataDirectory is null)
        {
            startInfo.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            startInfo.ArgumentList.Add("--location");
            startInfo.ArgumentList.Add(dataDirectory);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, e) => onOutput(e.Data);
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Finds Azurite: <c>AZURITE_EXECUTABLE</c> when set, else <c>tools/azurite/node_modules/.bin/azurite</c> above the
    /// current directory, the app directory or the repository this assembly was built from (build output may live
    /// elsewhere, e.g. with <c>--artifacts-path</c>).
    /// </summary>
    public static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_EXECUTABLE") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var builtFrom = typeof(AzuriteServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, builtFrom };
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "azurite", "node_modules", ".bin", "azurite");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "Azurite is not installed. Run 'npm ci --prefix tools/azurite' from the repository root (the README's commands do this).");
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
