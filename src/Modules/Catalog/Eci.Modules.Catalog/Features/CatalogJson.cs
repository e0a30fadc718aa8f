using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Catalog.Features;

/// <summary>
/// Source-generated JSON metadata for every body the catalog endpoints read or write, chained ahead of reflection in
/// the API's options (EciJson), so names and converters stay the API's own; only the per-type work moves to compile time.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProductResponse))]
[JsonSerializable(typeof(CreateProduct.CreateProduct))]
[JsonSerializable(typeof(UpdateProduct.UpdateProduct))]
[JsonSerializable(typeof(Page<ProductResponse>))]
internal sealed partial class CatalogJson : JsonSerializerContext;
