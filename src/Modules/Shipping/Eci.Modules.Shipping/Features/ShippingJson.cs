using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Shipping.Features;

/// <summary>
/// Source-generated JSON metadata for every body the shipping endpoints read or write, chained ahead of reflection in
/// the API's options (EciJson), so names and converters stay the API's own; only the per-type work moves to compile time.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChangeShipmentStatus.ShipmentStatusRequest))]
[JsonSerializable(typeof(ShipOrder.ShipOrder))]
[JsonSerializable(typeof(ShipmentResponse))]
[JsonSerializable(typeof(Page<ShipmentResponse>))]
internal sealed partial class ShippingJson : JsonSerializerContext;
