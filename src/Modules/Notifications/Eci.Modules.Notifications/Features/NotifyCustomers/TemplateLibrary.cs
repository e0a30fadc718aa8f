using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

// The templates embedded from Templates/, per notification type: <type>.txt (first line "Subject: …", then the
// plain-text body), <type>.html and <type>.sms.txt. {{name}} is replaced by a value (HTML-encoded in HTML);
// {{#name}}…{{/name}} is repeated for each entry of a list, or kept only when a flag is true.
internal sealed partial class TemplateLibrary
{
    private const string SubjectPrefix = "Subject:";

    private readonly ConcurrentDictionary<string, string> _cache = new();

    public RenderedEmail Email(string type, TemplateModel model)
    {
        var text = Render(Load($"{type}.txt"), model, html: false);
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var subjectLine = firstBreak < 0 ? text : text[..firstBreak];
        if (!subjectLine.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Template {type}.txt must start with '{SubjectPrefix}'.");
        }

        var body = firstBreak < 0 ? string.Empty : text[(firstBreak + 1)..].TrimStart('\r', '\n');
        return new RenderedEmail(subjectLine[SubjectPrefix.Length..].Trim(), body, Render(Load($"{type}.html"), model, html: true));
    }

    public string Sms(string type, TemplateModel model) => Render(Load($"{type}.sms.txt"), model, html: false).Trim();

    private string Load(string name) => _cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(TemplateLibrary).Assembly.GetManifestResourceStream("Templates." + n)
            ?? throw new InvalidOperationException($"There is no template {n}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    });

    private static string Render(string template, IReadOnlyDictionary<string, object?> values, bool html)
    {
        var expanded = Section().Replace(template, match =>
        {
            var inner = match.Groups["body"].Value;
            return values.GetValueOrDefault(match.Groups["name"].Value) switch
            {
                true => Render(inner, values, html),
                IEnumerable<TemplateModel> entries => string.Concat(entries.Select(entry => Render(inner, entry, html))),
                _ => string.Empty,
            };
        });
        return Placeholder().Replace(expanded, match =>
        {
            var value = Convert.ToString(values.GetValueOrDefault(match.Groups["name"].Value), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            return html ? WebUtility.HtmlEncode(value) : value;
        });
    }

    [GeneratedRegex(@"\{\{#(?<name>[a-z_]+)\}\}\n?(?<body>.*?)\{\{/\k<name>\}\}\n?", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"\{\{(?<name>[a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
