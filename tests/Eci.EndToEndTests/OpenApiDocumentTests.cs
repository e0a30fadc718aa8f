using System.Text.Json;
using System.Text.Json.Nodes;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// The typed client is generated from a checked-in copy of the OpenAPI document; this keeps that copy equal to what the
/// host serves, so the client can never describe an API the host no longer has. Set ECI_UPDATE_OPENAPI=1 to rewrite it.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    [Fact]
    public async Task The_checked_in_document_is_the_one_the_host_serves()
    {
        var served = Normalised(await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var path = CheckedInDocumentPath();

        if (Environment.GetEnvironmentVariable("ECI_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served, TestContext.Current.CancellationToken);
        }

        var checkedIn = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.True(
            served == checkedIn.ReplaceLineEndings("\n"),
            "clients/openapi/v1.json differs from the document the host serves; regenerate it with "
            + "ECI_UPDATE_OPENAPI=1 dotnet test tests/Eci.EndToEndTests --filter OpenApiDocumentTests");
    }

    // Without "servers": the served document names the address it was asked on, and the client is given its own.
    private static string Normalised(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return document.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static string CheckedInDocumentPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Eci.sln")))
            {
                return Path.Combine(directory.FullName, "clients", "openapi", "v1.json");
            }
        }

        throw new InvalidOperationException("The repository root (Eci.sln) is not above " + AppContext.BaseDirectory);
    }
}
