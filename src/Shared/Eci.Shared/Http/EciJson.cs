using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Shared.Http;

/// <summary>
/// The API's JSON shape: snake_case members, enums as snake_case strings, numbers only as numbers and decimals only when
/// exact, each member at most once per object.
/// </summary>
public static class EciJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        // {"quantity":1,"quantity":1000} is a mistake or an attack, never a request with a clear meaning.
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new ExactDecimalConverter());
        options.Converters.Add(new StringWithoutNulConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        return options;
    }

    /// <summary>
    /// Puts source-generated metadata (a module's <see cref="JsonSerializerContext"/>) ahead of reflection in the API's
    /// options. The options' naming policy and converters still apply to the types it knows; other types are
    /// resolved by reflection as before.
    /// </summary>
    public static IServiceCollection AddEciJsonTypes(this IServiceCollection services, IJsonTypeInfoResolver generated) =>
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, generated));

    public static JsonSerializerOptions Create() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
