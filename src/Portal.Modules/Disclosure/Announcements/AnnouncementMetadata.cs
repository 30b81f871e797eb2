namespace Portal.Modules.Disclosure.Announcements;

/// <summary>The metadata block every government announcement opens with (GB/T 政府信息公开 pages: 索引号, 发布机构, 文号, 成文日期 …).</summary>
public static class AnnouncementMetadata
{
    public static IReadOnlyList<(string Term, string? Value)> Of(AnnouncementItem a)
    {
        var items = new List<(string, string?)>
        {
            (DisclosureText.FieldIndexNumber, a.IndexNumber),
            (DisclosureText.FieldPublisher, a.Publisher),
            (DisclosureText.FieldTopic, DisclosureText.TopicName(a.Dimension)),
            (DisclosureText.FieldDocumentNumber, a.DocumentNumber),
            (DisclosureText.FieldWrittenOn, a.WrittenOn?.ToString("yyyy-MM-dd")),
            (DisclosureText.FieldPublishedOn, a.PublishedOn?.ToString("yyyy-MM-dd")),
            (DisclosureText.FieldValidity, a.Withdrawal is null ? DisclosureText.ValidityEffective : DisclosureText.ValidityWithdrawn),
            (DisclosureText.FieldInspectionCompletedOn, a.InspectionCompletedOn.ToString("yyyy-MM-dd")),
        };
        if (a.Dimension is not null)
        {
            items.Add((DisclosureText.FieldDimension, DisclosureText.DimensionName(a.Dimension)));
        }
        return items;
    }
}
