using Eci.Modules.Customers.Domain;
using Xunit;

namespace Eci.Modules.Customers.Tests;

public sealed class CustomerShould
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static Customer NewCustomer() => Customer.Register("  Pari.Iyer@Mail.com ", " Pari Iyer ", " ", Now);

    [Fact]
    public void Key_its_email_without_letter_case()
    {
        var customer = NewCustomer();

        Assert.Equal("Pari.Iyer@Mail.com", customer.Email);
        Assert.Equal("pari.iyer@mail.com", customer.EmailKey);
        Assert.Equal("Pari Iyer", customer.FullName);
        Assert.Null(customer.Phone);
        Assert.Null(customer.PasswordHash);
    }

    [Fact]
    public void Use_up_the_token_when_a_password_is_set()
    {
        var customer = NewCustomer();
        customer.IssuePasswordToken("ABC", Now.AddHours(1), Now);

        customer.SetPasswordHash("hash", Now);

        Assert.False(customer.HasValidPasswordToken("ABC", Now));
    }

    [Fact]
    public void Accept_a_password_token_only_before_it_expires()
    {
        var customer = NewCustomer();
        customer.IssuePasswordToken("ABC", Now.AddHours(1), Now);

        Assert.True(customer.HasValidPasswordToken("ABC", Now.AddMinutes(59)));
        Assert.False(customer.HasValidPasswordToken("ABD", Now));
        Assert.False(customer.HasValidPasswordToken("ABC", Now.AddHours(1)));
    }

    [Fact]
    public void Keep_exactly_one_default_address()
    {
        var customer = NewCustomer();

        customer.ReplaceAddresses([new Address("1 A St", null, "Pune", "411001", "in", false), new Address("2 B St", null, "Goa", "403001", "IN", false)], Now);

        Assert.Single(customer.Addresses, a => a.IsDefault);
        Assert.Equal("Pune", customer.DefaultAddress?.City);
        Assert.Equal("IN", customer.Addresses[0].Country);
    }
}
