using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Features;

/// <summary>
/// Source-generated JSON metadata for every body the payments endpoints read or write, chained ahead of reflection in
/// the API's options (EciJson), so names and converters stay the API's own; only the per-type work moves to compile time.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChargeViaApi.ChargeRequest))]
[JsonSerializable(typeof(PaymentResponse))]
[JsonSerializable(typeof(RefundViaApi.RefundRequest))]
[JsonSerializable(typeof(Page<PaymentResponse>))]
internal sealed partial class PaymentsJson : JsonSerializerContext;
