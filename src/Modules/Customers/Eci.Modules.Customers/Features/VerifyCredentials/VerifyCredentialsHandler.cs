using Eci.Modules.Customers.Contracts;
using Eci.Modules.Customers.Features.Login;
using Mediator;

namespace Eci.Modules.Customers.Features.VerifyCredentials;

internal sealed class VerifyCredentialsHandler(CredentialCheck credentials) : ICommandHandler<Contracts.VerifyCredentials, VerifiedAccount>
{
    public async ValueTask<VerifiedAccount> Handle(Contracts.VerifyCredentials command, CancellationToken cancellationToken)
    {
        var customer = await credentials.VerifyAsync(command.Email, command.Password, cancellationToken);
        return new VerifiedAccount(customer.Id, customer.Email, customer.Role, customer.SecurityStamp);
    }
}
