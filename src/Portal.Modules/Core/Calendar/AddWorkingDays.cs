using System.Globalization;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Calendar;

public static class AddWorkingDays
{
    public sealed record Query(string? From, string? Days);

    public sealed record Result(DateOnly From, int Days, DateOnly Date, bool NoticeEntered);

    public static class Validator
    {
        public static ValidationErrors Validate(Query query, out DateOnly from, out int days)
        {
            var errors = new ValidationErrors();
            from = default;
            days = 0;
            if (string.IsNullOrWhiteSpace(query.From))
            {
                errors.Add("from", CoreText.CalendarFromRequired);
            }
            else if (!DateOnly.TryParseExact(query.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from)
                     || from.Year is < CalendarLimits.FirstYear or > CalendarLimits.LastYear)
            {
                errors.Add("from", string.Format(CoreText.CalendarBadDate, query.From));
            }
            if (string.IsNullOrWhiteSpace(query.Days))
            {
                errors.Add("days", CoreText.CalendarDaysRequired);
            }
            else if (!int.TryParse(query.Days, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out days)
                     || days < 0 || days > WorkingDayRules.MaxDays)
            {
                errors.Add("days", string.Format(CoreText.CalendarDaysRange, WorkingDayRules.MaxDays));
            }
            return errors;
        }
    }

    public sealed class Handler(WorkingDayCalendar calendar)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = Validator.Validate(query, out var from, out var days);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var rules = await calendar.GetRulesAsync(cancellationToken);
            var date = rules.AddWorkingDays(from, days);
            var entered = Enumerable.Range(from.Year, date.Year - from.Year + 1).All(rules.HasNoticeFor);
            return Outcome<Result>.Ok(new Result(from, days, date, entered));
        }
    }
}
