namespace Portal.Modules.Disclosure;

/// <summary>The texts of subscriptions by e-mail: the form, the confirmation and leaving pages, and the mails.</summary>
public static partial class DisclosureText
{
    public static string SubscriptionTitle => Resource[nameof(SubscriptionTitle)];
    public static string SubscriptionIntro => Resource[nameof(SubscriptionIntro)];
    public static string SubscriptionPrivacy => Resource[nameof(SubscriptionPrivacy)];
    public static string SubscriptionHasErrors => Resource[nameof(SubscriptionHasErrors)];
    public static string SubscriptionEmail => Resource[nameof(SubscriptionEmail)];
    public static string SubscriptionEmailHelp => Resource[nameof(SubscriptionEmailHelp)];
    public static string SubscriptionList => Resource[nameof(SubscriptionList)];
    public static string SubscriptionAnyList => Resource[nameof(SubscriptionAnyList)];
    public static string SubscriptionRegion => Resource[nameof(SubscriptionRegion)];
    public static string SubscriptionRegionHelp => Resource[nameof(SubscriptionRegionHelp)];
    public static string SubscriptionIndustry => Resource[nameof(SubscriptionIndustry)];
    public static string SubscriptionAnyIndustry => Resource[nameof(SubscriptionAnyIndustry)];
    public static string SubscriptionEnterprise => Resource[nameof(SubscriptionEnterprise)];
    public static string SubscriptionEnterpriseHelp => Resource[nameof(SubscriptionEnterpriseHelp)];
    public static string SubscriptionButton => Resource[nameof(SubscriptionButton)];
    public static string SubscriptionSent => Resource[nameof(SubscriptionSent)];
    public static string SubscriptionEmailRequired => Resource[nameof(SubscriptionEmailRequired)];
    public static string SubscriptionEmailInvalid => Resource[nameof(SubscriptionEmailInvalid)];
    public static string SubscriptionUnknownEnterprise => Resource[nameof(SubscriptionUnknownEnterprise)];
    public static string SubscriptionRegionAndBelow => Resource[nameof(SubscriptionRegionAndBelow)];
    public static string SubscriptionEverything => Resource[nameof(SubscriptionEverything)];
    public static string SubscriptionConfirmSubject => Resource[nameof(SubscriptionConfirmSubject)];
    public static string SubscriptionConfirmBody => Resource[nameof(SubscriptionConfirmBody)];
    public static string SubscriptionNotFound => Resource[nameof(SubscriptionNotFound)];
    public static string SubscriptionConfirmed => Resource[nameof(SubscriptionConfirmed)];
    public static string SubscriptionEnded => Resource[nameof(SubscriptionEnded)];
    public static string SubscriptionAlreadyEnded => Resource[nameof(SubscriptionAlreadyEnded)];
    public static string SubscriptionScopeLabel => Resource[nameof(SubscriptionScopeLabel)];
    public static string SubscriptionConfirmPrompt => Resource[nameof(SubscriptionConfirmPrompt)];
    public static string SubscriptionConfirmButton => Resource[nameof(SubscriptionConfirmButton)];
    public static string SubscriptionActive => Resource[nameof(SubscriptionActive)];
    public static string SubscriptionSeeList => Resource[nameof(SubscriptionSeeList)];
    public static string SubscriptionLeaveButton => Resource[nameof(SubscriptionLeaveButton)];
    public static string SubscriptionAgain => Resource[nameof(SubscriptionAgain)];
    public static string SubscriptionDigestSubject => Resource[nameof(SubscriptionDigestSubject)];
    public static string SubscriptionDigestIntro => Resource[nameof(SubscriptionDigestIntro)];
    public static string SubscriptionDigestPublished => Resource[nameof(SubscriptionDigestPublished)];
    public static string SubscriptionDigestCorrected => Resource[nameof(SubscriptionDigestCorrected)];
    public static string SubscriptionDigestWithdrawn => Resource[nameof(SubscriptionDigestWithdrawn)];
    public static string SubscriptionDigestSeeAll => Resource[nameof(SubscriptionDigestSeeAll)];
    public static string SubscriptionDigestLeave => Resource[nameof(SubscriptionDigestLeave)];
    public static string SubscribeLink => Resource[nameof(SubscribeLink)];
}
