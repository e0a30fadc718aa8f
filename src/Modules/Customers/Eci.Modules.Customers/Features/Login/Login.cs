using Mediator;

namespace Eci.Modules.Customers.Features.Login;

internal sealed record Login(string? Email, string? Password) : ICommand<LoginResponse>;

internal sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn, int CustomerId);
