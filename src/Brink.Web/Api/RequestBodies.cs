namespace Brink.Web.Api;

/// <summary>The content types the API documents for request bodies (it reads any type; see <see cref="EndpointMetadata"/>).</summary>
internal static class RequestBodies
{
    /// <summary>A situation's YAML text.</summary>
    public const string Yaml = "application/yaml";

    /// <summary>A JSON object.</summary>
    public const string Json = "application/json";

    /// <summary>A Gambit .nfg or .efg text.</summary>
    public const string GameText = "text/plain";
}
