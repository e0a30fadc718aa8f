using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Customers.Contracts;

/// <summary>
/// Imports the seed customers (<c>eci_customers.csv</c>: customer_id, name, email, phone, created_at). Idempotent;
/// keeps seed ids; of rows sharing an email the first is kept and the rest reported. No password is invented: an
/// imported customer logs in only after setting a password with a token an admin issues.
/// </summary>
public sealed record ImportCustomers(string CsvPath) : ICommand<ImportReport>;
