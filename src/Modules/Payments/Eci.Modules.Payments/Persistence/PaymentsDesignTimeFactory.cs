using Eci.Shared.Persistence;

namespace Eci.Modules.Payments.Persistence;

internal sealed class PaymentsDesignTimeFactory() : ModuleDesignTimeFactory<PaymentsDbContext>("Payments", PaymentsDbContext.Schema);
