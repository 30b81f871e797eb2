using Portal.Modules.Core.Components;

namespace Portal.Components.Tests;

public class EquipmentComponentsTests : BunitContext
{
    [Fact]
    public void Rows_keep_what_was_typed_mark_each_refused_cell_and_offer_one_blank_row_after_the_filled_ones()
    {
        var rows = new[] { new EquipmentRows.Row("机立窑", null, "2", "8.8", "万吨/年"), new EquipmentRows.Row("球磨机", null, "abc", "3", "万吨/年") };
        var errors = new Dictionary<string, string[]> { ["equipment[1].quantity"] = ["设备数量须为正整数。"] };
        var cut = Render<EquipmentRows>(p => p.Add(c => c.Rows, rows).Add(c => c.Errors, errors).Add(c => c.MinRows, 2));
        Assert.Equal(3, cut.FindAll("#equipment-rows tbody tr").Count);
        Assert.Equal("abc", cut.Find("input[name='equipment[1].quantity']").GetAttribute("value"));
        Assert.Contains("input-validation-error", cut.Find("input[name='equipment[1].quantity']").ClassList);
        Assert.DoesNotContain("input-validation-error", cut.Find("input[name='equipment[0].quantity']").ClassList);
        Assert.Equal("设备数量须为正整数。", cut.Find("#e-equipment\\[1\\]\\.quantity").TextContent.Trim());
        Assert.Equal("第3台 设备名称", cut.Find("input[name='equipment[2].name']").GetAttribute("aria-label"));
        Assert.Null(cut.Find("input[name='equipment[2].name']").GetAttribute("value"));
    }

    [Fact]
    public void An_empty_form_offers_the_minimum_number_of_rows()
    {
        var cut = Render<EquipmentRows>(p => p.Add(c => c.MinRows, 4));
        Assert.Equal(4, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public void The_table_shows_model_quantity_and_capacity_with_its_unit_and_a_dash_for_no_model()
    {
        var cut = Render<EquipmentTable>(p => p.Add(c => c.Items, [new EquipmentTable.Item("机立窑", null, 2, 8.80m, "万吨/年")]));
        var cells = cut.FindAll("#equipment tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["机立窑", "—", "2", "8.8 万吨/年"], cells);
    }

    [Fact]
    public void No_equipment_says_so_when_asked_and_draws_no_empty_table()
    {
        var cut = Render<EquipmentTable>(p => p.Add(c => c.Items, []).Add(c => c.EmptyText, "未登记设备。"));
        Assert.Empty(cut.FindAll("table"));
        Assert.Equal("未登记设备。", cut.Find("#equipment-none").TextContent);
    }
}
