using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Catalog.Features;

/// <summary>Source-generated JSON metadata for every body the catalog endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProductResponse))]
[JsonSerializable(typeof(CreateProduct.CreateProduct))]
[JsonSerializable(typeof(UpdateProduct.UpdateProduct))]
[JsonSerializable(typeof(Page<ProductResponse>))]
internal sealed partial class CatalogJson : JsonSerializerContext;
