using System.Globalization;
using System.Net;
using System.Text;
using Dopamine.Content.Text;

namespace Dopamine.Content.Answers;

/// <summary>
/// A passage as HTML for an answer card or a result snippet: its best sentences, encoded, with the searched words in
/// <c>&lt;mark&gt;</c> and, on a card, the page's numbered citation markers linking to its source cards. Everything
/// but the markers and marks is encoded, so neither content nor the question can become markup.
/// </summary>
public static class PassageHtml
{
    /// <summary>How much of a long section a card or snippet shows, in characters of text.</summary>
    public const int MaxLength = 320;

    public static string Render(AnswerPassage passage, IReadOnlyCollection<string> terms, bool withCitations) =>
        RenderWithCitations(passage, terms, withCitations).Html;

    /// <summary>The HTML and, when markers are shown, the source numbers of the markers it shows, in order.</summary>
    public static (string Html, IReadOnlyList<int> Cited) RenderWithCitations(AnswerPassage passage, IReadOnlyCollection<string> terms, bool withCitations)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(terms);
        var (text, citations) = PassageText.WithCitations(passage.Page, passage.Section);
        var shown = Excerpt.Best(text, terms, MaxLength);
        var (start, end) = (shown.Start.Value, shown.End.Value);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        var at = start;
        var shownCitations = withCitations ? citations.Where(c => c.Offset > start && c.Offset <= end && c.Numbers.Count > 0).ToList() : [];
        foreach (var citation in shownCitations)
        {
            html.Append(WebUtility.HtmlEncode(text[at..citation.Offset]));
            AppendMarker(html, passage, citation.Numbers);
            at = citation.Offset;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return (TermMarker.Mark(html.ToString(), terms), shownCitations.SelectMany(c => c.Numbers).Distinct().ToList());
    }

    // The same marker the page shows, pointing at the source's card on the page.
    private static void AppendMarker(StringBuilder html, AnswerPassage passage, IReadOnlyList<int> numbers)
    {
        html.Append("<sup class=\"cite\">");
        for (var i = 0; i < numbers.Count; i++)
        {
            if (i > 0)
            {
                html.Append("<span class=\"cite-sep\">,</span>");
            }

            var cited = passage.Page.Citations[numbers[i] - 1];
            var n = cited.Number.ToString(CultureInfo.InvariantCulture);
            html.Append("<a href=\"").Append(passage.Page.Url).Append('#').Append(cited.AnchorId)
                .Append("\" aria-label=\"Source ").Append(n).Append("\">").Append(n).Append("</a>");
        }

        html.Append("</sup>");
    }
}
