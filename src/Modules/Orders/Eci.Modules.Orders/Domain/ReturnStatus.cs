using Eci.Modules.Orders.Contracts;

namespace Eci.Modules.Orders.Domain;

internal static class ReturnStatus
{
    public const string Requested = ReturnStatuses.Requested;
    public const string Receiving = ReturnStatuses.Receiving;
    public const string Received = ReturnStatuses.Received;
    public const string Rejected = ReturnStatuses.Rejected;
}
