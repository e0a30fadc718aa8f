using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Features;

/// <summary>Source-generated JSON metadata for every body the payments endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChargeViaApi.ChargeRequest))]
[JsonSerializable(typeof(PaymentResponse))]
[JsonSerializable(typeof(RefundViaApi.RefundRequest))]
[JsonSerializable(typeof(Page<PaymentResponse>))]
internal sealed partial class PaymentsJson : JsonSerializerContext;
