using Eci.Modules.Customers.Features.GetCustomer;
using Eci.Modules.Customers.Features.IssuePasswordToken;
using Eci.Modules.Customers.Features.ListCustomers;
using Eci.Modules.Customers.Features.Login;
using Eci.Modules.Customers.Features.Register;
using Eci.Modules.Customers.Features.SetPassword;
using Eci.Modules.Customers.Features.UpdateCustomer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features;

internal static class CustomersEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var users = v1.MapGroup("/users").WithTags("Users");
        RegisterEndpoint.Map(users);
        LoginEndpoint.Map(users);
        GetCustomerEndpoint.Map(users);
        UpdateCustomerEndpoint.Map(users);
        ListCustomersEndpoint.Map(users);
        IssuePasswordTokenEndpoint.Map(users);
        SetPasswordEndpoint.Map(users);
    }
}
