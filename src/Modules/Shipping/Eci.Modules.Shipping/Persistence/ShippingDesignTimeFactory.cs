using Eci.Shared.Persistence;

namespace Eci.Modules.Shipping.Persistence;

internal sealed class ShippingDesignTimeFactory() : ModuleDesignTimeFactory<ShippingDbContext>("Shipping", ShippingDbContext.Schema);
