using System.Globalization;
using Eci.Modules.Catalog.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Catalog;

public sealed class ProductModel(ISender sender) : FormPageModel
{
    public static readonly (string Field, string Label, string Type)[] Fields =
    [
        (nameof(Sku), "SKU", "text"),
        (nameof(Name), "Name", "text"),
        (nameof(Category), "Category", "text"),
        (nameof(Price), "Price", "text"),
        (nameof(Currency), "Currency (ISO 4217)", "text"),
    ];

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    [BindProperty]
    public string? Sku { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Price { get; set; }

    [BindProperty]
    public string? Currency { get; set; } = "INR";

    [BindProperty]
    public bool IsActive { get; set; } = true;

    [BindProperty]
    public bool Confirm { get; set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public string? ValueOf(string field) => field switch
    {
        nameof(Sku) => Sku,
        nameof(Name) => Name,
        nameof(Category) => Category,
        nameof(Price) => Price,
        _ => Currency,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if ((await sender.Send(new GetProductsByIds([id]), cancellationToken)).FirstOrDefault() is not { } product)
            {
                return NotFound();
            }

            (Sku, Name, Category, IsActive) = (product.Sku, product.Name, product.Category, product.IsActive);
            Price = product.Price.ToDecimal().ToString(CultureInfo.InvariantCulture);
            Currency = product.Price.Currency;
        }

        Notice = JustSaved ? "Saved." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var price = ParsePrice();
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        try
        {
            var saved = await sender.Send(new SaveProduct(Id, Sku, Name, Category, price, IsActive), cancellationToken);
            return Redirect($"/admin/catalog/product/{saved.Id}?saved=true");
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(FieldOf(failure.PropertyName), failure.ErrorMessage);
            }

            return Invalid();
        }
        catch (ProblemException e)
        {
            Problem = e.Message;
            Response.StatusCode = e.StatusCode;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        if (!Confirm)
        {
            await OnGetAsync(cancellationToken);
            ModelState.AddModelError(nameof(Confirm), "Tick the box to confirm.");
            return Invalid();
        }

        await sender.Send(new TakeProductOffSale(id), cancellationToken);
        return Redirect($"/admin/catalog/product/{id}?saved=true");
    }

    private Money? ParsePrice()
    {
        var currency = string.IsNullOrWhiteSpace(Currency) ? "INR" : Currency.Trim();
        if (!decimal.TryParse(Price, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            ModelState.AddModelError(nameof(Price), "Enter a price such as 12.50.");
            return null;
        }

        if (!Currencies.IsKnown(currency))
        {
            ModelState.AddModelError(nameof(Currency), $"'{currency}' is not a currency ECI accepts.");
            return null;
        }

        if (!Money.TryFromDecimal(value, currency, out var money))
        {
            ModelState.AddModelError(nameof(Price), $"The amount has more decimals than {currency} allows, or is too large.");
            return null;
        }

        return money;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static string FieldOf(string property) =>
        Fields.Select(f => f.Field).FirstOrDefault(f => property.StartsWith(f, StringComparison.OrdinalIgnoreCase)) ?? nameof(Sku);
}
