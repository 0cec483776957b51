using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>What a reader arriving on a question page from search sees first.</summary>
public sealed class QuestionPageTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Theory]
    [InlineData("/questions/cold-exposure-and-dopamine", "cold")]
    [InlineData("/questions/dopamine-supplements", "supplements")]
    [InlineData("/questions/adhd-medication-dopamine", "medication")]
    [InlineData("/questions/addiction-relapse-dopamine", "addiction")]
    public async Task PagesOnRiskyTopicsShowASafetyNoteBeforeTheAnswer(string url, string topic)
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), url);

        var note = page.QuerySelector(".answer .safety-note");
        Assert.NotNull(note);
        Assert.Contains(topic, note.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.True(note.CompareDocumentPosition(page.QuerySelector(".article-body")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task APageWithoutRiskCarriesNoSafetyNote()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/questions/what-is-reward-prediction-error");

        Assert.Null(page.QuerySelector(".safety-note"));
    }

    [Fact]
    public async Task TheShortAnswerAndEvidenceLabelComeBeforeTheKeyPoints()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/questions/does-caffeine-increase-dopamine");

        var shortAnswer = page.QuerySelector(".short-answer")!;
        var evidence = page.QuerySelector(".answer > .evidence")!;
        var keyPoints = page.QuerySelector("ol.key-points")!;
        Assert.True(shortAnswer.CompareDocumentPosition(evidence).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.True(evidence.CompareDocumentPosition(keyPoints).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Matches("^Evidence: (Strong|Moderate|Emerging|Contested)", evidence.Text());
        Assert.True(evidence.Text().Length > "Evidence: Moderate".Length + 10, "the label says why");
    }

    [Fact]
    public async Task GlossaryTermsLinkToTheirEntryOncePerPage()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/questions/what-is-dopamine");

        var terms = page.QuerySelectorAll(".article-body a.glossary-term").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms, href => Assert.StartsWith("/glossary#", href, StringComparison.Ordinal));
        Assert.Equal(terms.Count, terms.Distinct().Count());
    }

    [Fact]
    public async Task AboutPageExplainsSourcesEvidenceLabelsReviewAndTheDisclaimer()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/about");

        Assert.Equal(["Strong", "Moderate", "Emerging", "Contested"], page.QuerySelectorAll(".evidence-scale dt").Select(d => d.Text()));
        foreach (var section in new[] { "who", "sources", "evidence", "review", "disclaimer" })
        {
            Assert.NotNull(page.GetElementById(section));
        }
    }
}
