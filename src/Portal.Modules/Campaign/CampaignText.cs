namespace Portal.Modules.Campaign;

/// <summary>The campaign module's texts: inspection records, and later the ledgers and the review.</summary>
public static partial class CampaignText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(CampaignText));

    public static string InspectionNotFound => Resource[nameof(InspectionNotFound)];
    public static string UnknownEnterprise => Resource[nameof(UnknownEnterprise)];
    public static string EnterpriseOutsideArea => Resource[nameof(EnterpriseOutsideArea)];
    public static string InspectedOnRequired => Resource[nameof(InspectedOnRequired)];
    public static string InspectedOnFuture => Resource[nameof(InspectedOnFuture)];
    public static string YearMismatch => Resource[nameof(YearMismatch)];
    public static string InspectorsRequired => Resource[nameof(InspectorsRequired)];
    public static string ItemsRequired => Resource[nameof(ItemsRequired)];
    public static string ItemsTooMany => Resource[nameof(ItemsTooMany)];
    public static string ItemNameRequired => Resource[nameof(ItemNameRequired)];
    public static string ItemLimitWithoutValue => Resource[nameof(ItemLimitWithoutValue)];
    public static string ItemUnitRequired => Resource[nameof(ItemUnitRequired)];
    public static string FailedWithoutDisposal => Resource[nameof(FailedWithoutDisposal)];
    public static string RecordInspections => Resource[nameof(RecordInspections)];
    public static string AspectLabel => Resource[nameof(AspectLabel)];
    public static string ResultLabel => Resource[nameof(ResultLabel)];
    public static string RegionOutsideArea => Resource[nameof(RegionOutsideArea)];
    public static string InspectorsLabel => Resource[nameof(InspectorsLabel)];
    public static string DisposalLabel => Resource[nameof(DisposalLabel)];
    public static string ItemNameLabel => Resource[nameof(ItemNameLabel)];
    public static string UnitLabel => Resource[nameof(UnitLabel)];
    public static string BasisLabel => Resource[nameof(BasisLabel)];
    public static string NoteLabel => Resource[nameof(NoteLabel)];
}
