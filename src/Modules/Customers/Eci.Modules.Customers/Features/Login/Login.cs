using Mediator;

namespace Eci.Modules.Customers.Features.Login;

internal sealed record Login(string? Email, string? Password) : ICommand<LoginResponse>;
