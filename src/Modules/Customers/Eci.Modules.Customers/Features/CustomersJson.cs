using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Customers.Features;

/// <summary>Source-generated JSON metadata for every body the customers endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CustomerResponse))]
[JsonSerializable(typeof(IssuePasswordToken.PasswordTokenResponse))]
[JsonSerializable(typeof(Login.Login))]
[JsonSerializable(typeof(Login.LoginResponse))]
[JsonSerializable(typeof(Register.Register))]
[JsonSerializable(typeof(SetPassword.SetPassword))]
[JsonSerializable(typeof(UpdateCustomer.UpdateCustomer))]
[JsonSerializable(typeof(Page<CustomerResponse>))]
internal sealed partial class CustomersJson : JsonSerializerContext;
