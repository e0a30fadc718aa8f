namespace Eci.Modules.Payments.Integrations;

internal sealed class GatewayTimeoutException(string message) : Exception(message);
