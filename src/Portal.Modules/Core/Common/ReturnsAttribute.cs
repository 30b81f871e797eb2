using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Modules.Core.Common;

/// <summary>
/// What an API operation answers with when it succeeds, as JSON: the open-data contract (/openapi/v1.json) documents
/// the body's schema from it. The problems an operation can answer with are documented from what the operation is.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ReturnsAttribute<T>(int statusCode = StatusCodes.Status200OK) : ProducesResponseTypeAttribute<T>(statusCode, "application/json");

/// <summary>An API operation that answers 204 with no body when it succeeds.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReturnsNothingAttribute() : ProducesResponseTypeAttribute(StatusCodes.Status204NoContent);
