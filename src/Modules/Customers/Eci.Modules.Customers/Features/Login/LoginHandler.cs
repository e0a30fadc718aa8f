using Mediator;

namespace Eci.Modules.Customers.Features.Login;

internal sealed class LoginHandler(CredentialCheck credentials, AccessTokenIssuer tokens) : ICommandHandler<Login, LoginResponse>
{
    public async ValueTask<LoginResponse> Handle(Login command, CancellationToken cancellationToken)
    {
        var customer = await credentials.VerifyAsync(command.Email!, command.Password!, cancellationToken);
        var (token, expiresIn) = tokens.Issue(customer);
        return new LoginResponse(token, "Bearer", expiresIn, customer.Id);
    }
}
