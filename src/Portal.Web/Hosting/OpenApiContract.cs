using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Portal.Web.Hosting;

/// <summary>
/// The open-data contract at /openapi/v1.json (docs/api.md): what a program needs to call the portal without reading
/// its source. Each request and response type has its own schema name, and every operation that needs a staff member
/// says so with the bearer scheme that POST /api/v1/auth/token hands out.
/// </summary>
public static class OpenApiContract
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddPortalOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        // Use cases nest their Command and Body types: name a nested type by its use case too (CreateStaffUserCommand),
        // or two different bodies would share one schema and one of them be documented wrongly.
        options.CreateSchemaReferenceId = type =>
            OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } name && type.Type.IsNested && type.Type.DeclaringType is { } outer
                ? outer.Name + name
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/v1/auth/token (user name, password and the authenticator's code) returns the token.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            }
            return Task.CompletedTask;
        });
    });
}
