using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Seeding;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.DemoData;

/// <summary>
/// Invented announcements over the demo enterprises, dated relative to today on the working-day calendar, so the
/// lists, the yellow-to-red story and the editor's countdown all have something to show.
/// </summary>
public sealed class DemoAnnouncements(PortalDbContext db, RegionDirectory regions, DepartmentDirectory departments, WorkingDayCalendar calendar, TimeProvider clock) : IDemoDataSource
{
    public int Order => 10;

    private sealed record Plan(
        string Enterprise, string Region, string Kind, AnnouncementList List, AnnouncementStage Stage, string? Dimension,
        int InspectedWorkingDaysAgo, int PublishedAfterWorkingDays, int? DeadlineMonths, AnnouncementBody Body, string? DocumentNumber,
        string? FollowsEnterpriseNotice = null, bool Draft = false);

    private static readonly Plan[] Plans =
    [
        new("四平市铁东区宏达水泥有限公司", "220303", DepartmentKinds.Industry, AnnouncementList.Rectification, AnnouncementStage.Notice, Dimensions.Energy, 45, 8, 6,
            new AnnouncementBody
            {
                Indicators = [new Indicator("可比熟料综合煤耗", 128.5m, 117m, "kgce/t", LimitKind.Max, "GB 16780-2021"), new Indicator("可比水泥综合电耗", 96m, 88m, "kWh/t", LimitKind.Max, "GB 16780-2021")],
                Requirements = "对机立窑生产线实施节能技术改造，整改完成后申请节能监察部门复查；逾期未整改或经整改仍未达标的，依法提请关停退出。",
            }, "四铁工信节监〔2026〕3号"),
        new("梨树县金丰建材有限责任公司", "220322", DepartmentKinds.Environment, AnnouncementList.Rectification, AnnouncementStage.Notice, Dimensions.Environment, 140, 9, 4,
            new AnnouncementBody
            {
                Indicators = [new Indicator("窑尾颗粒物排放浓度", 45m, 30m, "mg/m³", LimitKind.Max, "GB 4915-2013")],
                Requirements = "限制生产，更换窑尾除尘设施，整改完成后由生态环境部门监测验收。",
            }, "梨环罚〔2026〕12号"),
        new("梨树县金丰建材有限责任公司", "220322", DepartmentKinds.Environment, AnnouncementList.Rectification, AnnouncementStage.Result, Dimensions.Environment, 25, 6, null,
            new AnnouncementBody { Completion = "企业已更换袋式除尘器，经监测窑尾颗粒物排放浓度 18 mg/m³，达到 GB 4915-2013 要求，验收合格。" },
            null, FollowsEnterpriseNotice: "梨树县金丰建材有限责任公司"),
        new("伊通县鑫源玻璃制品有限公司", "220323", DepartmentKinds.Market, AnnouncementList.Rectification, AnnouncementStage.Notice, Dimensions.Quality, 170, 7, 6,
            new AnnouncementBody
            {
                Indicators = [new Indicator("平板玻璃弯曲度", 0.45m, 0.2m, "%", LimitKind.Max, "GB 11614-2022")],
                Requirements = "责令停产整改，整改期间不得销售不合格产品；6 个月内未整改或经整改仍未达标的，报请县人民政府依法关停退出。",
            }, "伊市监〔2026〕5号"),
        new("伊通县鑫源玻璃制品有限公司", "220323", DepartmentKinds.Government, AnnouncementList.ForcedExit, AnnouncementStage.Result, Dimensions.Quality, 12, 5, null,
            new AnnouncementBody
            {
                FailedItems = "平板玻璃弯曲度不符合 GB 11614-2022 要求。",
                Unrectified = "整改期满，企业未完成生产线改造，抽检产品仍不合格。",
                Basis = "《中华人民共和国产品质量法》；《关于利用综合标准依法依规推动落后产能退出的指导意见》（工信部联产业〔2017〕30号）。",
                Completion = "平拉工艺生产线已停产并拆除主要设备，依法吊销生产许可证，供电企业已停止供电。",
            }, "伊政发〔2026〕21号", FollowsEnterpriseNotice: "伊通县鑫源玻璃制品有限公司"),
        new("双辽市华远铁合金有限公司", "220382", DepartmentKinds.Industry, AnnouncementList.Elimination, AnnouncementStage.Notice, Dimensions.Technology, 30, 9, 5,
            new AnnouncementBody
            {
                Equipment = [new EquipmentLine("矿热电炉", "5000千伏安", 2, 1.6m, "万吨/年")],
                ExitMethod = ExitMethod.Seal,
                Requirements = "断水断电、拆除动力装置、封存主体设备，企业向社会公开承诺不再恢复生产，具备条件后拆除。",
            }, "双工信〔2026〕9号"),
        new("长春市南关区长兴钢材加工厂", "220102", DepartmentKinds.Market, AnnouncementList.Violation, AnnouncementStage.Notice, null, 20, 6, 2,
            new AnnouncementBody
            {
                Violations = "未取得工业产品生产许可证，擅自生产热轧带肋钢筋。",
                Basis = "《中华人民共和国工业产品生产许可证管理条例》第五条、第四十五条。",
                Requirements = "立即停止生产，限期拆除工频感应炉，并接受处罚。",
            }, "长南市监〔2026〕17号"),
        new("德钦县梅里矿业有限公司", "533422", DepartmentKinds.Industry, AnnouncementList.Compliant, AnnouncementStage.Notice, null, 15, 4, null,
            new AnnouncementBody
            {
                Equipment = [new EquipmentLine("铜矿采选生产线", "日处理300吨", 1, 9m, "万吨/年")],
                Products = "铜精矿，年产能 9 万吨（原矿处理量）。",
                InspectedItems = "能耗限额、污染物排放、产品质量、安全生产条件、产业政策（无淘汰类装备），均检查合格。",
            }, null),
        new("四平市铁东区山门焦化有限公司", "220300", DepartmentKinds.Emergency, AnnouncementList.Rectification, AnnouncementStage.Notice, Dimensions.Safety, 10, 3, 3,
            new AnnouncementBody
            {
                Indicators = [new Indicator("煤气区域一氧化碳浓度", 62m, 24m, "ppm", LimitKind.Max, "GBZ 2.1-2019")],
                Requirements = "立即停产停业整顿，完善煤气泄漏报警和通风设施，经验收合格后方可恢复生产；经停产停业整顿仍不具备安全生产条件的，提请市人民政府予以关闭。",
                StopProductionImmediately = true,
            }, "四应急〔2026〕8号"),
        new("梨树县郭家店钢铁铸件厂", "220322", DepartmentKinds.Industry, AnnouncementList.Elimination, AnnouncementStage.Notice, Dimensions.Technology, 8, 0, 3,
            new AnnouncementBody
            {
                Equipment = [new EquipmentLine("工频感应炉", "GW-1.5T", 2, 0.6m, "万吨/年")],
                ExitMethod = ExitMethod.Dismantle,
                Requirements = "拆除工频感应炉及配套变压器。",
            }, null, Draft: true),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Announcements().AnyAsync(cancellationToken))
        {
            return;
        }
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var tree = await regions.GetAsync(cancellationToken);
        var kinds = await departments.KindsAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var notices = new Dictionary<string, Announcement>();
        var sequence = new Dictionary<string, int>();
        foreach (var plan in Plans)
        {
            var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Name == plan.Enterprise, cancellationToken);
            var unit = await departments.FindUnitAsync(plan.Region, plan.Kind, cancellationToken);
            if (enterprise is null || unit is null || tree.Find(plan.Region) is not { } region)
            {
                continue;
            }
            var inspected = WorkingDaysBefore(rules, today, plan.InspectedWorkingDaysAgo);
            var published = rules.AddWorkingDays(inspected, plan.PublishedAfterWorkingDays);
            var publishAt = ChinaTime.ToUtc(published.ToDateTime(new TimeOnly(9, 30)));
            var a = new Announcement
            {
                List = plan.List, Stage = plan.Stage, Level = region.Level, RegionCode = unit.RegionCode, UnitId = unit.Id,
                DepartmentKindCode = unit.KindCode, PublisherName = unit.Name, Dimension = plan.Dimension,
                EnterpriseId = enterprise.Id, EnterpriseCreditCode = enterprise.CreditCode, EnterpriseName = enterprise.Name,
                EnterpriseAddress = enterprise.Address, EnterpriseRegionCode = enterprise.RegionCode,
                EnterpriseRegionPath = tree.Find(enterprise.RegionCode)?.Path ?? $"/{enterprise.RegionCode}/", IndustryCode = enterprise.IndustryCode,
                NoticeId = plan.FollowsEnterpriseNotice is { } n && notices.TryGetValue(n, out var notice) ? notice.Id : null,
                Title = ListDefinitions.Of(plan.List, plan.Stage).DefaultTitle(enterprise.Name), DocumentNumber = plan.DocumentNumber,
                InspectionCompletedOn = inspected, PublicationDueOn = DeadlineRules.PublicationDueOn(rules, inspected),
                Deadline = plan.DeadlineMonths is { } m ? inspected.AddMonths(m).AddDays(-1) : null,
                Body = plan.Body.ToJson(), CreatedAt = publishAt.AddDays(-1), CreatedBy = "demo", UpdatedAt = now,
                Status = plan.Draft ? AnnouncementStatus.Draft : AnnouncementStatus.Published,
            };
            if (!plan.Draft)
            {
                var kindNumber = kinds.FirstOrDefault(k => k.Code == unit.KindCode)?.SortOrder ?? 0;
                var prefix = $"{unit.RegionCode}-{kindNumber:D2}/{published.Year}-";
                sequence[prefix] = sequence.GetValueOrDefault(prefix) + 1;
                a.IndexNumber = $"{prefix}{sequence[prefix]:D5}";
                a.PublishAt = publishAt;
                a.PublishedOn = published;
                a.WrittenOn = rules.AddWorkingDays(inspected, Math.Max(plan.PublishedAfterWorkingDays - 2, 0));
                a.Version = 1;
            }
            db.Announcements().Add(a);
            await db.SaveChangesAsync(cancellationToken);
            if (!plan.Draft)
            {
                db.AnnouncementVersions().Add(new AnnouncementVersion
                {
                    AnnouncementId = a.Id, Number = 1, Title = a.Title, DocumentNumber = a.DocumentNumber, Deadline = a.Deadline,
                    Body = a.Body, CreatedAt = publishAt, CreatedBy = "demo",
                });
                await db.SaveChangesAsync(cancellationToken);
            }
            if (plan.Stage == AnnouncementStage.Notice)
            {
                notices[plan.Enterprise] = a;
            }
        }
    }

    private static DateOnly WorkingDaysBefore(WorkingDayRules rules, DateOnly from, int days)
    {
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(-1);
            if (rules.IsWorkingDay(date))
            {
                counted++;
            }
        }
        return date;
    }
}
