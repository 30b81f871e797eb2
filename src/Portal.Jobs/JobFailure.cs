namespace Portal.Jobs;

/// <summary>
/// The execution history keeps the message of what a job threw; EF's "see the inner exception" would tell an
/// administrator nothing, so the innermost cause is what gets recorded.
/// </summary>
public static class JobFailure
{
    public static async Task<T> ExplainAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e.InnerException is not null && e is not OperationCanceledException)
        {
            throw new InvalidOperationException(e.GetBaseException().Message, e);
        }
    }

    public static Task ExplainAsync(Func<Task> work) => ExplainAsync(async () =>
    {
        await work();
        return true;
    });
}
