using System.Text.Json.Serialization;

namespace Eci.Shared.Idempotency;

/// <summary>Source-generated JSON metadata for the idempotency-key inspection's answer (see the modules' own contexts).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IdempotencyKeyResponse))]
internal sealed partial class IdempotencyJson : JsonSerializerContext;
