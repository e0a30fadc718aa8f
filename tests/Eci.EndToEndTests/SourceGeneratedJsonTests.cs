using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Eci.Testing;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// Every type a /v1 endpoint reads from or writes to a body has source-generated JSON metadata in the API's options, so
/// no endpoint falls back to reflection (issue 17: faster start, no emitted serializers).
/// </summary>
public sealed class SourceGeneratedJsonTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public void Every_body_type_of_the_api_has_source_generated_metadata()
    {
        var options = host.Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var generated = options.TypeInfoResolverChain.OfType<JsonSerializerContext>().ToList();
        var bodies = BodyTypes(host.Factory.Services.GetRequiredService<EndpointDataSource>());

        var missing = bodies.Where(type => !generated.Any(context => ((IJsonTypeInfoResolver)context).GetTypeInfo(type, options) is not null))
            .Select(type => type.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.True(bodies.Count > 20, $"only {bodies.Count} body types found");
        Assert.True(missing.Count == 0, $"Without source-generated JSON metadata:\n{string.Join('\n', missing)}");
    }

    private static HashSet<Type> BodyTypes(EndpointDataSource endpoints)
    {
        var types = new HashSet<Type>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>().Where(e => e.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true))
        {
            types.UnionWith(endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Select(m => m.RequestType).OfType<Type>());
            types.UnionWith(endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(m => m.Type).OfType<Type>());
        }

        // The framework's own: problem details are written by ASP.NET Core's serializer context.
        types.RemoveWhere(t => t == typeof(void) || typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(t) || t == typeof(string));
        return types;
    }
}
