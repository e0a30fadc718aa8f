using Microsoft.AspNetCore.Http;

namespace Eci.Admin;

/// <summary>The console's one stylesheet, embedded in the assembly so the host needs no static-file setup for it.</summary>
internal static class AdminStyles
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(AdminStyles).Assembly.GetManifestResourceStream("Eci.Admin.admin.css")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(Css.Value, "text/css; charset=utf-8");
    }
}
