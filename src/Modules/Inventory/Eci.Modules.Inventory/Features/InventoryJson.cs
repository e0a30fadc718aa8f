using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Inventory.Features;

/// <summary>Source-generated JSON metadata for every body the inventory endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AdjustStock.AdjustStock))]
[JsonSerializable(typeof(AuditStock.AuditReport))]
[JsonSerializable(typeof(CreateWarehouse.CreateWarehouse))]
[JsonSerializable(typeof(ExpectStock.ExpectStock))]
[JsonSerializable(typeof(ExtendReservationByAdmin.ExtendRequest))]
[JsonSerializable(typeof(GetAvailability.AvailabilityResponse))]
[JsonSerializable(typeof(IncomingResponse))]
[JsonSerializable(typeof(PreviewAllocation.AllocationPreview))]
[JsonSerializable(typeof(ReceiveIncoming.ReceiveIncomingRequest))]
[JsonSerializable(typeof(ReceiveStock.ReceiveStock))]
[JsonSerializable(typeof(ReservationResponse))]
[JsonSerializable(typeof(ReserveStockByAdmin.ReserveRequest))]
[JsonSerializable(typeof(ResolveReservation.ReservationReference))]
[JsonSerializable(typeof(SetThreshold.ThresholdRequest))]
[JsonSerializable(typeof(StartTransfer.StartTransfer))]
[JsonSerializable(typeof(StockResponse))]
[JsonSerializable(typeof(TransferResponse))]
[JsonSerializable(typeof(UpdateWarehouse.UpdateWarehouse))]
[JsonSerializable(typeof(WarehouseResponse))]
[JsonSerializable(typeof(Page<IncomingResponse>))]
[JsonSerializable(typeof(Page<TransferResponse>))]
[JsonSerializable(typeof(IReadOnlyList<WarehouseResponse>))]
internal sealed partial class InventoryJson : JsonSerializerContext;
