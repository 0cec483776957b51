using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>JSON-LD built from an author's own words: hostile text stays data, cited moments keep their times.</summary>
public sealed class StructuredDataContentTests
{
    private const string Hostile = "Wanting </script><script>alert('jsonld')</script> & <!-- not liking";

    [Fact]
    public async Task AScriptClosingTagInTheContentCannotBreakOutOfTheJsonLd()
    {
        using var site = new TempSite(new Dictionary<string, string>
        {
            ["sources.yml"] = TestContent.Sources,
            ["questions/hostile.md"] = $"""
                ---
                title: "Does </script> end it?"
                summary: "{Hostile}"
                tags: [basics]
                reviewed: 2026-11-01
                ---

                ## Key points

                1. **One.** Wanting drives effort [@paper-a].
                """,
        });

        var (response, page) = await Html.GetAsync(site.Client, "/questions/hostile");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains(@"\u003C/script\u003E\u003Cscript\u003Ealert", html, StringComparison.Ordinal);
        Assert.Contains("""<script type="application/ld+json">""", html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.StartsWith("alert", StringComparison.Ordinal));
        var faq = JsonLdScripts.OfType(page, "FAQPage");
        var question = faq.GetProperty("mainEntity");
        Assert.Equal("Does </script> end it?", question.GetProperty("name").GetString());
        Assert.Equal(Hostile, question.GetProperty("acceptedAnswer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task CitedPodcastMomentsAreClipsWithTheirStartInSeconds()
    {
        using var site = new TempSite(new Dictionary<string, string>
        {
            ["sources.yml"] = TestContent.Sources + """

                - id: ep-1
                  type: episode
                  title: An episode about drive
                  show: Test Show
                  number: 7
                  url: https://podcast.example/ep-1
                - id: clip-1
                  type: clip
                  title: A chapter about effort
                  episode: ep-1
                  start: "1:02:03"
                """,
            ["topics/drive.md"] = """
                ---
                title: Drive
                summary: Drive comes from wanting.
                tags: [basics]
                reviewed: 2026-11-01
                ---

                ## Key points

                1. **One.** Wanting drives effort [@ep-1, 12:31].
                2. **Two.** Effort has a cost [@clip-1].
                3. **Three.** Papers agree [@paper-a].
                """,
        });

        var page = await Html.GetOkAsync(site.Client, "/topics/drive");

        var citations = JsonLdScripts.OfType(page, "Article").GetProperty("citation").EnumerateArray().ToList();
        var clips = citations.Where(c => c.GetProperty("@type").GetString() == "Clip").ToList();
        Assert.Equal([751, 3723], clips.Select(c => c.GetProperty("startOffset").GetInt32()).Order());
        Assert.All(clips, clip =>
        {
            var episode = clip.GetProperty("partOfEpisode");
            Assert.Equal("PodcastEpisode", episode.GetProperty("@type").GetString());
            Assert.Equal("An episode about drive", episode.GetProperty("name").GetString());
            Assert.Equal("https://podcast.example/ep-1", clip.GetProperty("url").GetString());
        });
        Assert.Contains(citations, c => c.GetProperty("@type").GetString() == "ScholarlyArticle" && c.GetProperty("name").GetString() == "A paper about wanting");
    }
}
