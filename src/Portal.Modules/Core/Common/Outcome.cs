namespace Portal.Modules.Core.Common;

public enum OutcomeKind
{
    Ok,
    Created,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    Unauthorized,
}

/// <summary>
/// What a use case hands back to its controller: a value, or a refusal with Chinese text for the caller.
/// Handlers never throw for bad input, so no input becomes a 500.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, string? title, string? detail, IReadOnlyDictionary<string, string[]>? errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Extensions = extensions ?? new Dictionary<string, object?>();
        Kind = kind;
        Value = value;
        Title = title;
        Detail = detail;
        Errors = errors;
    }

    public OutcomeKind Kind { get; }
    public T? Value { get; }
    public string? Title { get; }
    public string? Detail { get; }
    public IReadOnlyDictionary<string, string[]>? Errors { get; }
    /// <summary>Extra members of the problem, e.g. the check character a credit code should have had.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }
    public bool Succeeded => Kind is OutcomeKind.Ok or OutcomeKind.Created;

    public Outcome<T> With(string name, object? value) =>
        new(Kind, Value, Title, Detail, Errors, new Dictionary<string, object?>(Extensions) { [name] = value });

    /// <summary>The same refusal carried by a use case with another result type.</summary>
    public Outcome<TOther> Cast<TOther>() =>
        Succeeded ? throw new InvalidOperationException("only a refusal can be cast") : new(Kind, default, Title, Detail, Errors, Extensions);

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null, null);
    public static Outcome<T> Created(T value) => new(OutcomeKind.Created, value, null, null, null);
    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, CoreText.ValidationTitle, errors.Summary(), errors.ToDictionary());
    public static Outcome<T> NotFound(string detail) => new(OutcomeKind.NotFound, default, CoreText.NotFoundTitle, detail, null);
    public static Outcome<T> Forbidden(string detail) => new(OutcomeKind.Forbidden, default, CoreText.ForbiddenTitle, detail, null);
    public static Outcome<T> Conflict(string detail) => new(OutcomeKind.Conflict, default, CoreText.ConflictTitle, detail, null);
    public static Outcome<T> Unauthorized(string detail) => new(OutcomeKind.Unauthorized, default, CoreText.UnauthorizedTitle, detail, null);
}
