using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Portal.Modules.Core.Common;

namespace Portal.Web.Hosting;

/// <summary>
/// The open-data contract at /openapi/v1.json (docs/api.md): what a program needs to call the portal without reading
/// its source. Each request and response type has its own schema name; every operation lists the problems it can
/// answer with (RFC 9457, in Chinese or English as asked); the values a field takes are listed; every operation that
/// needs a staff member says so with the bearer scheme that POST /api/v1/auth/token hands out.
/// </summary>
public static class OpenApiContract
{
    public const string BearerScheme = "Bearer";
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "ValidationProblemDetails";
    private const string ProblemJson = "application/problem+json";

    public static IServiceCollection AddPortalOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        // Use cases nest their Command and Body types: name a nested type by its use case too (CreateStaffUserCommand),
        // or two different bodies would share one schema and one of them be documented wrongly.
        options.CreateSchemaReferenceId = type =>
            OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } name && type.Type.IsNested && type.Type.DeclaringType is { } outer
                ? outer.Name + name
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            DescribeStrings(schema, context);
            ListWireValues(schema, context);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            RequireBearer(operation, context);
            NameQueryParametersAsSent(operation);
            AddProblems(operation, context);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "落后产能退出信息公开平台 开放数据与工作接口";
            document.Info.Description = "Announcements on the five lists, the enterprise register, reports and their handling, supervision. "
                + "Problems follow RFC 9457 in Chinese, or in English with Accept-Language: en. Reference: /api-docs.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/v1/auth/token (user name, password and the authenticator's code) returns the token.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Problem] = ProblemSchema();
            document.Components.Schemas[ValidationProblem] = new OpenApiSchema
            {
                AllOf = [new OpenApiSchemaReference(Problem, document)],
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["errors"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Description = "What is wrong with each field, by the field's name as sent (\"\" for the request as a whole); absent when the request as a whole is refused.",
                        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            };
            return Task.CompletedTask;
        });
    });

    /// <summary>
    /// The interactive reference at /api-docs (Scalar), served from the portal itself: its script runs under a nonce of
    /// this response's policy, and it reaches for no font, telemetry or proxy elsewhere.
    /// </summary>
    public static IEndpointConventionBuilder MapApiReference(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(ApiDocs, options => options
            .WithTitle("落后产能退出信息公开平台 API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .AddPreferredSecuritySchemes(BearerScheme));

    public const string ApiDocs = "/api-docs";

    /// <summary>
    /// Strings go through the portal's own converter (it refuses control characters), which hides them from the schema
    /// exporter: say again that they are strings, and whether null is allowed.
    /// </summary>
    private static void DescribeStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (context.JsonTypeInfo.Type != typeof(string) || schema.Type is not null || schema.Enum is { Count: > 0 })
        {
            return;
        }
        var nullable = context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property
            ? new NullabilityInfoContext().Create(property).WriteState != NullabilityState.NotNull
            : context.ParameterDescription is { IsRequired: false };
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
    }

    private static void ListWireValues(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        var attribute = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(WireValuesAttribute), true).OfType<WireValuesAttribute>().FirstOrDefault()
            ?? (context.ParameterDescription?.ModelMetadata is { ContainerType: { } container, PropertyName: { } name }
                ? container.GetProperty(name)?.GetCustomAttribute<WireValuesAttribute>()
                : null);
        if (attribute is null)
        {
            return;
        }
        // On a list (the reasons a ledger went back) the values are the items'.
        if (context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable)
        {
            if (schema.Items is not OpenApiSchema items)
            {
                return;
            }
            schema = items;
        }
        var nullable = schema.Type?.HasFlag(JsonSchemaType.Null) != false;
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Enum = [.. attribute.Values.Select(v => (JsonNode)JsonValue.Create(v)!), .. nullable ? new JsonNode[] { null! } : []];
    }

    /// <summary>Query filters bind from a type's properties, whatever the case; the contract spells them as docs/api.md does (<c>pageSize</c>).</summary>
    private static void NameQueryParametersAsSent(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
    }

    private static void RequireBearer(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
        }
    }

    /// <summary>
    /// The problems an operation can answer with, from what it is: anything with input can be refused (400), anything
    /// that names a thing by its address may not find it (404) or find it in the wrong state (409), staff operations
    /// need a token (401) and a permission (403), rate-limited ones can say 429. Whatever else goes wrong is a problem too.
    /// </summary>
    private static void AddProblems(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
        {
            return;
        }
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var hasInput = description.ParameterDescriptions.Any(p => p.Source != BindingSource.Services && p.Source != BindingSource.Special);
        var hasRouteValue = description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path);
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= new OpenApiResponses();
        void Add(int status, string text, string schema)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = ProblemResponse(text, schema, context.Document);
            }
        }
        if (hasInput)
        {
            Add(400, "The request was refused: what is wrong, field by field.", ValidationProblem);
        }
        if (secured)
        {
            Add(401, "No valid bearer token.", Problem);
            Add(403, "The token's holder may not do this here.", Problem);
        }
        if (hasRouteValue)
        {
            Add(404, "Nothing of the kind at this address.", Problem);
        }
        if (method != "GET")
        {
            Add(409, "It is not in a state that allows this (already published, already locked, not finished in time…).", Problem);
        }
        if (metadata.OfType<RequestSizeLimitAttribute>().Any() || metadata.OfType<RequestFormLimitsAttribute>().Any())
        {
            Add(413, "The request is larger than this operation accepts.", Problem);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any() || secured || description.RelativePath.StartsWith("api/v1/auth", StringComparison.Ordinal))
        {
            Add(429, "Too many requests from this client; Retry-After says when to try again.", Problem);
        }
        operation.Responses["default"] = ProblemResponse("Any other problem, as RFC 9457 describes it.", Problem, context.Document);
    }

    private static OpenApiResponse ProblemResponse(string description, string schema, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
    };

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details; further members carry facts about the problem (the check character a credit code should have had…).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        },
    };
}
