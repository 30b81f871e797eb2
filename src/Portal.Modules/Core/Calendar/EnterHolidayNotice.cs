using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Calendar;

/// <summary>The calendar page's form: a year's notice as written (<see cref="HolidayNoticeParser"/>), read and stored.</summary>
public static class EnterHolidayNotice
{
    public sealed record Command(string? Notice, string? Source);

    public sealed class Handler(SetCalendarYear.Handler years)
    {
        /// <returns>The year entered, or the problems under <c>notice</c>.</returns>
        public async Task<Outcome<int>> HandleAsync(Command command, string actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            if (string.IsNullOrWhiteSpace(command.Notice))
            {
                return Outcome<int>.Invalid(errors.Add("notice", CoreText.CalendarNoticeRequired));
            }
            HolidayNotice notice;
            try
            {
                notice = HolidayNoticeParser.Parse(command.Notice.Trim());
            }
            catch (FormatException e)
            {
                return Outcome<int>.Invalid(errors.Add("notice", e.Message));
            }
            var outcome = await years.HandleAsync(SetCalendarYear.Command.FromNotice(notice, command.Source), actor, cancellationToken);
            if (outcome.Succeeded)
            {
                return Outcome<int>.Ok(notice.Year);
            }
            foreach (var message in outcome.Errors?.SelectMany(e => e.Value) ?? [outcome.Detail ?? CoreText.UnknownError])
            {
                errors.Add("notice", message);
            }
            return Outcome<int>.Invalid(errors);
        }
    }
}
