using System.Diagnostics;
using System.Text.Json;

namespace Monitor.Hosting.Handler;

/// <summary>
/// The custom handler protocol: <c>GET /</c> answers readiness, <c>POST /{FunctionName}</c> runs a function.
/// A failing function answers 500 so the host retries the message and finally poisons it.
/// </summary>
public static class FunctionEndpoints
{
    private static readonly JsonSerializerOptions ResponseJson = new() { PropertyNamingPolicy = null };

    public static IEndpointRouteBuilder MapFunctionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", static () => Results.Text("ready"));
        endpoints.MapPost("/{functionName}", InvokeAsync);
        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(string functionName, HttpContext context)
    {
        var registry = context.RequestServices.GetRequiredService<FunctionRegistry>();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Monitor.Hosting.Handler");
        if (!registry.TryGet(functionName, out var function))
        {
            logger.LogError("The host called {FunctionName}, which this handler does not implement.", functionName);
            return Results.Json(InvocationResponse.Failure([$"Unknown function '{functionName}'."]), ResponseJson, statusCode: StatusCodes.Status404NotFound);
        }

        FunctionInvocation invocation;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            invocation = InvocationRequest.Decode(function.Definition, body.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidInvocationRequestException)
        {
            logger.LogError("Rejected a request for {FunctionName}: {Reason}", function.Name, e.Message);
            return Results.Json(InvocationResponse.Failure([$"Malformed invocation request: {e.Message}"]), ResponseJson, statusCode: StatusCodes.Status400BadRequest);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await function.InvokeAsync(invocation, context.RequestAborted);
            FunctionResultValidation.EnsureOutputsDeclared(function.Definition, result);
            logger.LogInformation("{FunctionName} succeeded in {ElapsedMs:0} ms (message {MessageId}, dequeue count {DequeueCount}).",
                function.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, invocation.MessageId, invocation.DequeueCount);
            return Results.Json(InvocationResponse.From(result), ResponseJson);
        }
        catch (Exception e)
        {
            logger.LogError(e, "{FunctionName} failed after {ElapsedMs:0} ms (message {MessageId}, dequeue count {DequeueCount}).",
                function.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, invocation.MessageId, invocation.DequeueCount);
            return Results.Json(
                InvocationResponse.Failure([$"{function.Name} failed: {e.GetType().Name}: {e.Message}"]),
                ResponseJson,
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
