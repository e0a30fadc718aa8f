using Eci.Modules.Payments.Features.ChargeViaApi;
using Eci.Modules.Payments.Features.GetPayment;
using Eci.Modules.Payments.Features.ListPayments;
using Eci.Modules.Payments.Features.RefundViaApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Payments.Features;

internal static class PaymentsEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var payments = v1.MapGroup("/payments").WithTags("Payments");
        ChargeViaApiEndpoint.Map(payments);
        GetPaymentEndpoint.Map(payments);
        ListPaymentsEndpoint.Map(payments);
        RefundViaApiEndpoint.Map(payments);
    }
}
