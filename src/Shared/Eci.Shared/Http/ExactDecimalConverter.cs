using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Eci.Shared.Http;

/// <summary>Reads a JSON number into a decimal only when the decimal holds it exactly.</summary>
// The framework rounds what does not fit (1e-30 becomes 0), turning a nonsensical amount into a plausible one.
internal sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException();
        }

        var text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        if (!reader.TryGetDecimal(out var value) || Canonical(text) != Canonical(value.ToString(CultureInfo.InvariantCulture)))
        {
            throw new InexactNumberException($"{text} cannot be held exactly; send at most 28 significant digits and no excess decimals.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>A number's digits without leading or trailing zeros and the power of ten of the last one: "-1.50e2" → "-15e1".</summary>
    private static string Canonical(string number)
    {
        var negative = number.StartsWith('-');
        var body = negative ? number[1..] : number;
        var exponentAt = body.IndexOfAny(['e', 'E']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(body[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? body : body[..exponentAt];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }

        mantissa = mantissa.TrimStart('0');
        var trimmed = mantissa.TrimEnd('0');
        exponent += mantissa.Length - trimmed.Length;
        return trimmed.Length == 0 ? "0" : $"{(negative ? "-" : string.Empty)}{trimmed}e{exponent}";
    }
}

/// <summary>A JSON number that the target type cannot hold exactly; the API answers it as a 422 on that member.</summary>
public sealed class InexactNumberException(string message) : JsonException(message)
{
    /// <summary>Why the number was refused, without the reader's position.</summary>
    public string Reason { get; } = message;
}
