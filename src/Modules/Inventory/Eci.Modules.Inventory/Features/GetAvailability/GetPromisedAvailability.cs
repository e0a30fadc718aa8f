using Mediator;

namespace Eci.Modules.Inventory.Features.GetAvailability;

/// <summary>One product's availability, and when <see cref="Quantity"/> is given, the date that many can be promised.</summary>
internal sealed record GetPromisedAvailability(int ProductId, int? Quantity) : IQuery<AvailabilityResponse>;
