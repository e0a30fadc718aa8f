using Mediator;

namespace Eci.Modules.Customers.Features.Register;

internal sealed record Register(string? Email, string? FullName, string? Password, string? Phone) : ICommand<CustomerResponse>;
