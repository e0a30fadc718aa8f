using Eci.Modules.Notifications.Features.NotifyCustomers;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>The embedded templates, filled in.</summary>
public sealed class TemplateLibraryShould
{
    private readonly TemplateLibrary _templates = new();

    [Fact]
    public void Mention_the_refund_only_when_there_was_one()
    {
        TemplateModel Cancelled(bool refunded) => new() { ["customer_name"] = "Asha", ["order_id"] = "A-1", ["reason"] = "you asked us to cancel it", ["refunded"] = refunded };

        var refunded = _templates.Email("order_cancelled", Cancelled(true));
        var unpaid = _templates.Email("order_cancelled", Cancelled(false));

        Assert.Equal("Your order A-1 was cancelled: you asked us to cancel it", refunded.Subject);
        Assert.DoesNotContain("No money was taken", refunded.TextBody + unpaid.TextBody, StringComparison.Ordinal);
        Assert.Contains("has been refunded", refunded.TextBody, StringComparison.Ordinal);
        Assert.Contains("has been refunded", refunded.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("has been refunded", _templates.Sms("order_cancelled", Cancelled(true)), StringComparison.Ordinal);
        Assert.DoesNotContain("refunded", unpaid.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("refunded", _templates.Sms("order_cancelled", Cancelled(false)), StringComparison.Ordinal);
    }

    [Fact]
    public void Repeat_the_item_lines_and_encode_values_in_html()
    {
        var model = new TemplateModel
        {
            ["customer_name"] = "Tom <Jerry>",
            ["order_id"] = "B-2",
            ["total"] = "30.00 INR",
            ["items"] = new List<TemplateModel>
            {
                new() { ["name"] = "Cup", ["quantity"] = 2, ["unit_price"] = "10.00 INR", ["line_total"] = "20.00 INR" },
                new() { ["name"] = "Saucer", ["quantity"] = 1, ["unit_price"] = "10.00 INR", ["line_total"] = "10.00 INR" },
            },
        };

        var email = _templates.Email("order_confirmation", model);

        Assert.Contains("- 2 x Cup at 10.00 INR = 20.00 INR\n- 1 x Saucer at 10.00 INR = 10.00 INR\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello Tom <Jerry>,", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello Tom &lt;Jerry&gt;,", email.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, email.HtmlBody.Split("<tr><td>").Length - 1);
        Assert.DoesNotContain("{{", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }
}
