namespace Eci.Modules.Catalog.Features;

/// <summary>The product fields a client sends on create and update; nullable so a missing field is a 422, not a 400.</summary>
internal interface IProductInput
{
    string? Sku { get; }

    string? Name { get; }

    string? Description { get; }

    string? Category { get; }

    decimal? Price { get; }

    string? Currency { get; }

    bool? IsActive { get; }
}
