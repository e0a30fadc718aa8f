using System.Diagnostics;
using Mediator;

namespace Eci.Shared.Observability;

/// <summary>One span per mediator message, so a request shows every module it crossed.</summary>
public sealed class TracingBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public const string SourceName = "Eci.Mediator";
    private static readonly ActivitySource Source = new(SourceName);

    // With nothing listening (no trace exporter configured) the message goes straight through, without a state machine.
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        Source.HasListeners() ? TracedAsync(message, next, cancellationToken) : next(message, cancellationToken);

    private static async ValueTask<TResponse> TracedAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity(typeof(TMessage).Name);
        activity?.SetTag("eci.message", typeof(TMessage).FullName);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
