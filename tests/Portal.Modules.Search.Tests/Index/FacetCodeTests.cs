using Portal.Modules.Search.Index;

namespace Portal.Modules.Search.Tests.Index;

public class FacetCodeTests
{
    [Theory]
    [InlineData(1, 1, 0, 1, 2017, 1)]
    [InlineData(5, 3, 5, 11, 2026, 3_200)]
    [InlineData(15, 15, 15, 255, 2255, 65_535)]
    public void A_packed_code_gives_back_every_facet_of_the_document(int list, int level, int dimension, int industry, int year, int region)
    {
        var parts = FacetCode.Unpack(FacetCode.Pack(list, level, dimension, industry, year, region));

        Assert.Equal(new FacetCode.Parts(list, level, dimension, industry, year, region), parts);
    }

    [Fact]
    public void Documents_differing_in_one_facet_get_different_codes()
    {
        var codes = new[]
        {
            FacetCode.Pack(1, 1, 1, 1, 2020, 1),
            FacetCode.Pack(2, 1, 1, 1, 2020, 1),
            FacetCode.Pack(1, 2, 1, 1, 2020, 1),
            FacetCode.Pack(1, 1, 2, 1, 2020, 1),
            FacetCode.Pack(1, 1, 1, 2, 2020, 1),
            FacetCode.Pack(1, 1, 1, 1, 2021, 1),
            FacetCode.Pack(1, 1, 1, 1, 2020, 2),
        };

        Assert.Equal(codes.Length, codes.Distinct().Count());
    }
}
