using Microsoft.AspNetCore.Http;

namespace Portal.Modules.Core.Common;

/// <summary>The HTTP status of a refusal, the same for the API's problems and the pages that show one.</summary>
public static class OutcomeStatus
{
    public static int HttpStatus(this OutcomeKind kind) => kind switch
    {
        OutcomeKind.Ok => StatusCodes.Status200OK,
        OutcomeKind.Created => StatusCodes.Status201Created,
        OutcomeKind.NotFound => StatusCodes.Status404NotFound,
        OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
        OutcomeKind.Conflict => StatusCodes.Status409Conflict,
        OutcomeKind.Unauthorized => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    };
}
