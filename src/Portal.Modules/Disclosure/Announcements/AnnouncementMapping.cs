using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>Between the stored announcement and the editor's input: the edit form's starting point, a correction's base, and the write-back.</summary>
public static class AnnouncementMapping
{
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The input that would reproduce an announcement as it stands: the edit form's starting point and a correction's base.</summary>
    public static AnnouncementInput InputOf(Announcement a)
    {
        var body = AnnouncementBody.FromJson(a.Body);
        return new AnnouncementInput
        {
            List = WireValue.Of(a.List),
            Stage = WireValue.Of(a.Stage),
            Level = WireValue.Of(a.Level),
            RegionCode = a.RegionCode,
            Department = a.DepartmentKindCode,
            Dimension = ListDefinitions.Of(a.List).ImpliedDimension is null ? a.Dimension : null,
            EnterpriseCreditCode = a.EnterpriseCreditCode,
            InspectionCompletedOn = a.InspectionCompletedOn,
            Title = a.Title,
            DocumentNumber = a.DocumentNumber,
            WrittenOn = a.WrittenOn,
            Deadline = a.Deadline,
            NoticeId = a.NoticeId,
            Summary = body.Summary,
            Violations = body.Violations,
            Basis = body.Basis,
            Requirements = body.Requirements,
            Indicators = body.Indicators.Select(i => new IndicatorInput
            {
                Name = i.Name, Measured = i.Measured, Limit = i.Limit, Unit = i.Unit, LimitKind = WireValue.Of(i.LimitKind), Standard = i.Standard,
            }).ToList(),
            Equipment = body.Equipment.Select(e => new EquipmentInput
            {
                Name = e.Name, Model = e.Model, Quantity = e.Quantity, Capacity = e.Capacity, CapacityUnit = e.CapacityUnit,
            }).ToList(),
            ExitMethod = body.ExitMethod is { } m ? WireValue.Of(m) : null,
            StopProductionImmediately = body.StopProductionImmediately ? true : null,
            FailedItems = body.FailedItems,
            Unrectified = body.Unrectified,
            Completion = body.Completion,
            CompletedOn = body.CompletedOn,
            Products = body.Products,
            InspectedItems = body.InspectedItems,
        };
    }

    /// <summary>Writes checked content onto the entity (a new draft, an edited draft, or the current state after a correction).</summary>
    public static void Apply(Announcement a, ValidateAnnouncement.Checked c)
    {
        a.List = c.List;
        a.Stage = c.Stage;
        a.Level = c.Level;
        a.RegionCode = c.Unit.RegionCode;
        a.UnitId = c.Unit.Id;
        a.DepartmentKindCode = c.Unit.KindCode;
        a.PublisherName = c.Unit.Name;
        a.Dimension = c.Dimension;
        a.EnterpriseId = c.Enterprise.Id;
        a.EnterpriseCreditCode = c.Enterprise.CreditCode;
        a.EnterpriseName = c.Enterprise.Name;
        a.EnterpriseAddress = c.Enterprise.Address;
        a.EnterpriseRegionCode = c.Enterprise.RegionCode;
        a.EnterpriseRegionPath = c.EnterpriseRegionPath;
        a.IndustryCode = c.Enterprise.IndustryCode;
        a.NoticeId = c.NoticeId;
        a.Title = c.Title;
        a.DocumentNumber = c.DocumentNumber;
        a.WrittenOn = c.WrittenOn;
        a.InspectionCompletedOn = c.InspectionCompletedOn;
        a.PublicationDueOn = c.PublicationDueOn;
        a.Deadline = c.Deadline;
        a.Body = c.Body.ToJson();
    }
}
