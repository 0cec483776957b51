using System.Diagnostics;
using Dopamine.Content.Answers;
using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;

namespace Dopamine.Web.Hosting;

/// <summary>
/// <c>/api/answer?q=</c>: the page that answers a question, its short answer and best passages with their citations,
/// or <c>"answer": null</c> when the site does not cover it. Bad parameters get the same 400 JSON as <c>/api/search</c>.
/// </summary>
internal static class AnswerEndpoints
{
    public static IEndpointRouteBuilder MapAnswerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/answer", (HttpRequest request, Snapshot snapshot, SiteMetrics metrics, UnansweredQuestionLog unanswered) =>
        {
            if (SearchEndpoints.ReadQuery(request) is not { } q)
            {
                return SearchEndpoints.QueryError(request);
            }

            var clock = Stopwatch.StartNew();
            var answer = snapshot.Search.Answer(q);
            metrics.RecordAnswer(answer is not null);
            if (answer is null)
            {
                // What readers ask and the site does not answer is what editors should write next.
                unanswered.Record(snapshot, q);
            }

            var json = answer is null ? null : ToJson(answer);
            return Results.Json(new AnswerResponseJson(q, Math.Round(clock.Elapsed.TotalMilliseconds, 2), json));
        });
        return endpoints;
    }

    private static AnswerJson ToJson(Answer answer)
    {
        var page = answer.Page;
        return new AnswerJson(page.Slug, page.Title, page.Url, page.Kind.ToString().ToLowerInvariant(), page.Summary,
            page.Evidence?.ToString().ToLowerInvariant(),
            answer.Passages.Select(p => ToJson(p, answer.Terms)).ToList(),
            answer.AlsoSee.Select(a => new PageLinkJson(a.Slug, a.Title, a.Url)).ToList(),
            answer.AskedForDose,
            answer.SafetyNote is { } note ? $"{note.Lead} {note.Text}" : null);
    }

    private static PassageJson ToJson(AnswerPassage passage, IReadOnlyCollection<string> terms)
    {
        var (html, cited) = PassageHtml.RenderWithCitations(passage, terms, withCitations: true);
        var citations = cited.Select(n => passage.Page.Citations[n - 1])
            .Select(c => new CitationJson(c.Number, c.Source.Id, SourceLabel.Of(c.Source), $"/sources/{c.Source.Id}"))
            .ToList();
        return new PassageJson(passage.Anchor, passage.Url, passage.Heading, passage.Evidence?.ToString().ToLowerInvariant(), html, citations);
    }

    private sealed record AnswerResponseJson(string Query, double TookMs, AnswerJson? Answer);

    private sealed record AnswerJson(string Slug, string Title, string Url, string Kind, string ShortAnswer, string? Evidence,
        IReadOnlyList<PassageJson> Passages, IReadOnlyList<PageLinkJson> AlsoSee, bool AskedForDose, string? Safety);

    private sealed record PassageJson(string Anchor, string Url, string Heading, string? Evidence, string Html, IReadOnlyList<CitationJson> Citations);

    private sealed record CitationJson(int Number, string Key, string Label, string Url);

    private sealed record PageLinkJson(string Slug, string Title, string Url);
}
