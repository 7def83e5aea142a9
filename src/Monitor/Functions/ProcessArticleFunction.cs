using Monitor.Hosting;
using Monitor.Pipeline;

namespace Monitor.Functions;

/// <summary>Queue <c>articles-to-process</c>: fetches, extracts, classifies and stores one article.</summary>
public sealed class ProcessArticleFunction(ArticleProcessor processor) : MonitorFunction
{
    public override FunctionDefinition Definition => FunctionCatalog.ProcessArticle;

    public override async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.GetMessage<ArticleToProcess>();
        var processed = await processor.ProcessAsync(message, isFirstDelivery: invocation.DequeueCount == 1, cancellationToken);
        return new FunctionResult().Log(
            $"Article {processed.ArticleId} ({message.Url}): {processed.Outcome}, relevant={processed.Relevant}" +
            (processed.EventId is null ? string.Empty : $", event {processed.EventId} {processed.EventOutcome}") +
            (processed.Error is null ? string.Empty : $", {processed.Error}"));
    }
}
