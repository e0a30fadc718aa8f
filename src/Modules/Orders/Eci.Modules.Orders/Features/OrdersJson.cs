using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Orders.Features;

/// <summary>Source-generated JSON metadata for every body the orders endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChangeOrderStatus.StatusRequest))]
[JsonSerializable(typeof(GetOrderTimeline.OrderTimelineResponse))]
[JsonSerializable(typeof(OrderResponse))]
[JsonSerializable(typeof(PlaceOrder.PlaceOrder))]
[JsonSerializable(typeof(ReceiveReturn.ReceiptBody))]
[JsonSerializable(typeof(RejectReturn.RejectionBody))]
[JsonSerializable(typeof(RequestReturn.ReturnRequestBody))]
[JsonSerializable(typeof(ReturnResponse))]
[JsonSerializable(typeof(Page<OrderResponse>))]
[JsonSerializable(typeof(Page<ReturnResponse>))]
internal sealed partial class OrdersJson : JsonSerializerContext;
