using System.Reflection;

namespace Brink.Web.Assets;

/// <summary>
/// Serves the single-page app from resources embedded in this assembly, so the workbench needs no files beside
/// the tool and nothing from the network. Every page carries a content security policy allowing only this origin.
/// </summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "Brink.Web.wwwroot.";
    private const string Policy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{file}", (HttpContext context, string file) => Serve(context, file)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, string file)
    {
        string extension = Path.GetExtension(file);
        var stream = Types.TryGetValue(extension, out string? type) ? Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + file) : null;
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Stream(stream, type);
    }
}
