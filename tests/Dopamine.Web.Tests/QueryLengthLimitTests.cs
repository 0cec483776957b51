using System.Net;
using Dopamine.Content.Search;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>One query length limit: the search box, the search page and every JSON endpoint that takes a query agree on it.</summary>
public sealed class QueryLengthLimitTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Fact]
    public async Task TheSearchBoxTakesNoMoreThanTheLimit()
    {
        var home = await Html.GetOkAsync(factory.CreateClient(), "/");

        Assert.All(home.QuerySelectorAll("input[name=q]"),
            input => Assert.Equal(SearchQuery.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), input.GetAttribute("maxlength")));
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/suggest?q=")]
    [InlineData("/api/opensearch-suggest?q=")]
    public async Task AQueryAtTheLimitIsAnsweredAndOneCharacterMoreIsRefused(string prefix)
    {
        var client = factory.CreateClient();

        var atLimit = await client.GetAsync(prefix + new string('a', SearchQuery.MaxLength));
        var overLimit = await client.GetAsync(prefix + new string('a', SearchQuery.MaxLength + 1));

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overLimit.StatusCode);
    }
}
