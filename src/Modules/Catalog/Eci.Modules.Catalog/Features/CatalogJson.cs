using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Catalog.Features;

/// <summary>
/// Source-generated JSON metadata for the catalog's read answers. Chained ahead of reflection in the API's options, so
/// the names and converters are still the API's own (EciJson); only the per-type work moves to compile time.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProductResponse))]
[JsonSerializable(typeof(Page<ProductResponse>))]
internal sealed partial class CatalogJson : JsonSerializerContext;
