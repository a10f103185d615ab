using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Brink.Web.Api;

/// <summary>
/// Writes each endpoint's <see cref="RequestBodyMetadata"/> into the OpenAPI document as its request body: the
/// content type (a string schema for text bodies, an object for JSON) and what it holds.
/// </summary>
internal sealed class RequestBodyDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodyMetadata>().LastOrDefault();
        if (body is not null)
        {
            var schema = new OpenApiSchema { Type = body.ContentType == RequestBodies.Json ? JsonSchemaType.Object : JsonSchemaType.String };
            operation.RequestBody = new OpenApiRequestBody
            {
                Description = body.Description,
                Required = body.Required,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [body.ContentType] = new OpenApiMediaType { Schema = schema } },
            };
        }

        return Task.CompletedTask;
    }
}
