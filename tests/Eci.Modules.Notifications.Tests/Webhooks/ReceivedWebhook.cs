namespace Eci.Modules.Notifications.Tests.Webhooks;

/// <summary>One POST a webhook endpoint received: which endpoint, the signature headers, the raw body and when.</summary>
public sealed record ReceivedWebhook(string Name, string Id, string Timestamp, string Signature, string Body, DateTimeOffset At);
