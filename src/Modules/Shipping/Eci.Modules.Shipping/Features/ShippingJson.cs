using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Shipping.Features;

/// <summary>Source-generated JSON metadata for every body the shipping endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChangeShipmentStatus.ShipmentStatusRequest))]
[JsonSerializable(typeof(ShipOrder.ShipOrder))]
[JsonSerializable(typeof(ShipmentResponse))]
[JsonSerializable(typeof(Page<ShipmentResponse>))]
internal sealed partial class ShippingJson : JsonSerializerContext;
