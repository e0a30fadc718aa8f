namespace Eci.Modules.Catalog.Features.UpdateProduct;

/// <summary>A price sent without a currency is checked by the handler, against the product's stored currency.</summary>
internal sealed class UpdateProductValidator() : ProductInputValidator<UpdateProduct>(currencyWhenOmitted: null);
