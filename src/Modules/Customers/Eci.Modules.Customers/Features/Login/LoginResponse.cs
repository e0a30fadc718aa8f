namespace Eci.Modules.Customers.Features.Login;

internal sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn, int CustomerId);
