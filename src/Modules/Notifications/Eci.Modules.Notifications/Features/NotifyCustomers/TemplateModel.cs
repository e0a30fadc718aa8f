namespace Eci.Modules.Notifications.Features.NotifyCustomers;

/// <summary>The values a template is filled with: text, numbers, flags, and lists of nested models.</summary>
internal sealed class TemplateModel : Dictionary<string, object?>
{
    public TemplateModel()
        : base(StringComparer.Ordinal)
    {
    }
}
