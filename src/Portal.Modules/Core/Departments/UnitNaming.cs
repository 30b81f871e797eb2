using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Departments;

/// <summary>Names a department unit as it signs its documents: 吉林省生态环境厅, 四平市工业和信息化局, 四平市铁东区生态环境局.</summary>
public static class UnitNaming
{
    public static string NameOf(DepartmentKind kind, Region region, RegionTree tree) =>
        tree.QualifiedName(region.Code) + kind.SuffixAt(region.Level);
}
