using System.Net;
using System.Text.Json;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>/api/answer on a small library of its own: the answering page, its best passage with citations, or null.</summary>
public sealed class AnswerApiTests : IDisposable
{
    private readonly TempSite _site = new(AnswerLibrary.Files());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AQuestionAimedAtAKeyPointGetsThatPointWithItsOwnCitations()
    {
        var answer = await AnswerAsync("what receptor does caffeine block");

        Assert.Equal("caffeine-and-dopamine", answer.GetProperty("slug").GetString());
        Assert.Equal("/questions/caffeine-and-dopamine", answer.GetProperty("url").GetString());
        Assert.Equal("moderate", answer.GetProperty("evidence").GetString());
        var passage = answer.GetProperty("passages")[0];
        Assert.Equal("point-2", passage.GetProperty("anchor").GetString());
        Assert.Equal("/questions/caffeine-and-dopamine#point-2", passage.GetProperty("url").GetString());
        Assert.Equal("Key point 2", passage.GetProperty("heading").GetString());
        Assert.Contains("<mark>blocking</mark>", passage.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("href=\"/questions/caffeine-and-dopamine#source-2\"", passage.GetProperty("html").GetString(), StringComparison.Ordinal);
        var citation = Assert.Single(passage.GetProperty("citations").EnumerateArray());
        Assert.Equal(2, citation.GetProperty("number").GetInt32());
        Assert.Equal("paper-b", citation.GetProperty("key").GetString());
        Assert.Equal("Roe 2002, Journal of Effort", citation.GetProperty("label").GetString());
        Assert.Equal("/sources/paper-b", citation.GetProperty("url").GetString());
    }

    [Fact]
    public async Task AQuestionThePageAsAWholeAnswersLeadsToItsShortAnswer()
    {
        var answer = await AnswerAsync("does caffeine increase dopamine");

        Assert.Equal("caffeine-and-dopamine", answer.GetProperty("slug").GetString());
        Assert.Equal("summary", answer.GetProperty("passages")[0].GetProperty("anchor").GetString());
        Assert.StartsWith("Probably not directly", answer.GetProperty("shortAnswer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how is serotonin syndrome treated")]
    [InlineData("what dose of bupropion should I take")]
    public async Task AQuestionNoPageCoversGetsNoAnswer(string question)
    {
        var (status, body) = await Api.GetAsync(_site.Client, $"/api/answer?q={Uri.EscapeDataString(question)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(question, body.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task ADoseQuestionGetsTheSafetyNoteAndNoAmount()
    {
        var answer = await AnswerAsync("how much caffeine should I take");

        Assert.True(answer.GetProperty("askedForDose").GetBoolean());
        Assert.Contains("not dosing advice", answer.GetProperty("safety").GetString(), StringComparison.Ordinal);
        foreach (var passage in answer.GetProperty("passages").EnumerateArray())
        {
            Assert.DoesNotContain(" mg", passage.GetProperty("html").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/answer", "q is required")]
    [InlineData("/api/answer?q=%20", "q is required")]
    public async Task AMissingQuestionGetsTheSame400AsSearch(string url, string message)
    {
        var (status, body) = await Api.GetAsync(_site.Client, url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverLongQuestionGets400()
    {
        var (status, body) = await Api.GetAsync(_site.Client, $"/api/answer?q={new string('a', 201)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("too long", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInTheQuestionNeverBecomesMarkupInTheAnswer()
    {
        var answer = await AnswerAsync("<b>caffeine</b> & adenosine receptor");

        foreach (var passage in answer.GetProperty("passages").EnumerateArray())
        {
            Assert.DoesNotContain("<b>", passage.GetProperty("html").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSearchPageShowsTheAnswerCardAboveTheResults()
    {
        var document = await Html.GetOkAsync(_site.Client, "/search?q=what+receptor+does+caffeine+block");

        var card = document.QuerySelector("section.answer-card");
        Assert.NotNull(card);
        Assert.Equal("Does caffeine increase dopamine?", card.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("/questions/caffeine-and-dopamine#point-2", card.QuerySelector(".answer-more a")!.GetAttribute("href"));
        Assert.Equal("/questions/caffeine-and-dopamine#source-2", card.QuerySelector(".answer-passages sup.cite a")!.GetAttribute("href"));
        Assert.True(card.CompareDocumentPosition(document.QuerySelector("ol.results")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Null(document.QuerySelector("ol.results p.evidence"));
        Assert.NotNull(document.QuerySelector("ol.results .evidence-tag"));
    }

    [Fact]
    public async Task AResultWhoseShortAnswerMatchesBestOpensAtTheTopOfItsPage()
    {
        var document = await Html.GetOkAsync(_site.Client, "/search?q=does+caffeine+increase+dopamine");

        var link = document.QuerySelector("ol.results a.result-title")!.GetAttribute("href")!;
        Assert.StartsWith("/questions/caffeine-and-dopamine?", link, StringComparison.Ordinal);
        Assert.DoesNotContain('#', link);
    }

    [Fact]
    public async Task AResultWhosePassageMatchesBestOpensAtThatPassage()
    {
        var document = await Html.GetOkAsync(_site.Client, "/search?q=tracer+binding+competes");

        Assert.EndsWith("#what-the-scan-measured", document.QuerySelector("ol.results a.result-title")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSearchPageSaysSoWhenNoPageAnswers()
    {
        var document = await Html.GetOkAsync(_site.Client, "/search?q=how+is+caffeine+withdrawal+treated+in+hospital");

        Assert.Null(document.QuerySelector("section.answer-card"));
        Assert.NotNull(document.QuerySelector(".no-answer"));
    }

    private async Task<JsonElement> AnswerAsync(string question)
    {
        var (status, body) = await Api.GetAsync(_site.Client, $"/api/answer?q={Uri.EscapeDataString(question)}");
        Assert.Equal(HttpStatusCode.OK, status);
        var answer = body.GetProperty("answer");
        Assert.Equal(JsonValueKind.Object, answer.ValueKind);
        return answer;
    }
}
