using Portal.Modules.Core.Departments;

namespace Portal.Modules.Core.Tests.Departments;

public class ResponsibilityTests
{
    [Theory]
    [InlineData(Dimensions.Energy, DepartmentKinds.Industry, DepartmentKinds.Industry)]
    [InlineData(Dimensions.Environment, DepartmentKinds.Industry, DepartmentKinds.Environment)]
    [InlineData(Dimensions.Quality, DepartmentKinds.Industry, DepartmentKinds.Market)]
    [InlineData(Dimensions.Safety, DepartmentKinds.Energy, DepartmentKinds.Emergency)]
    [InlineData(Dimensions.Technology, DepartmentKinds.Industry, DepartmentKinds.Industry)]
    [InlineData(Dimensions.Technology, DepartmentKinds.Energy, DepartmentKinds.Energy)]
    public void Each_standard_is_enforced_by_its_own_department_and_obsolete_technology_by_the_lead(string dimension, string lead, string expected)
    {
        Assert.Equal(expected, Responsibility.DepartmentForDimension(dimension, lead));
    }
}
