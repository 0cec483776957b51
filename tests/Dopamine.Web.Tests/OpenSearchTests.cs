using System.Text.Json;
using System.Xml.Linq;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>What a browser needs to offer the site as a search engine, with suggestions as the reader types.</summary>
public sealed class OpenSearchTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    [Fact]
    public async Task DescriptionNamesTheSiteAndTemplatesForResultsAndSuggestions()
    {
        var description = await XmlDocuments.GetAsync(factory.CreateClient(), "/opensearch.xml", "application/opensearchdescription+xml");

        var root = description.Root!;
        Assert.Equal(OpenSearch + "OpenSearchDescription", root.Name);
        Assert.Equal("Dopamine", root.Element(OpenSearch + "ShortName")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(OpenSearch + "Description")?.Value));
        var templates = root.Elements(OpenSearch + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string)u.Attribute("template")!);
        Assert.Equal("http://localhost/search?q={searchTerms}", templates["text/html"]);
        Assert.StartsWith("http://localhost/", templates["application/x-suggestions+json"], StringComparison.Ordinal);
        Assert.Contains("{searchTerms}", templates["application/x-suggestions+json"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionsUrlAnswersWithTheQueryAndMatchingTitles()
    {
        var client = factory.CreateClient();
        var description = await XmlDocuments.GetAsync(client, "/opensearch.xml", "application/opensearchdescription+xml");
        var template = description.Root!.Elements(OpenSearch + "Url")
            .Single(u => (string?)u.Attribute("type") == "application/x-suggestions+json").Attribute("template")!.Value;

        var response = await client.GetAsync(new Uri(template.Replace("{searchTerms}", "pleasure", StringComparison.Ordinal)).PathAndQuery);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/x-suggestions+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        Assert.Equal("pleasure", body[0].GetString());
        var titles = body[1].EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.InRange(titles.Count, 1, 8);
        Assert.Contains("Is dopamine the pleasure molecule?", titles);
    }

    [Fact]
    public async Task SuggestionsForNothingTypedAreAnEmptyList()
    {
        var body = await factory.CreateClient().GetStringAsync("/api/opensearch-suggest?q=");

        Assert.Equal("""["",[]]""", body);
    }

    [Fact]
    public async Task SuggestionsForAnOverLongQueryAreRefusedWithABadRequest()
    {
        var response = await factory.CreateClient().GetAsync($"/api/opensearch-suggest?q={new string('a', 201)}");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
