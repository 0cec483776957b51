using Dopamine.Content.Model;

namespace Dopamine.Content.Answers;

/// <summary>A passage's plain text on one line, with where its citation markers fall in that text.</summary>
internal static class PassageText
{
    public static string Of(AnswerPassage passage) => WithCitations(passage.Page, passage.Section).Text;

    /// <summary>The short answer's text (it cites nothing), or the section's with its markers' offsets in that text.</summary>
    public static (string Text, IReadOnlyList<CitationMark> Citations) WithCitations(Article page, ArticleSection? section)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (section is null)
        {
            return (page.Summary, []);
        }

        var pageText = page.BodyText;
        var (start, end) = (section.Range.Start.Value, section.Range.End.Value);
        while (start < end && char.IsWhiteSpace(pageText[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(pageText[end - 1]))
        {
            end--;
        }

        var text = pageText[start..end].Replace('\n', ' ');
        var citations = section.Citations
            .Select(c => c with { Offset = Math.Clamp(c.Offset - start, 0, text.Length) })
            .ToList();
        return (text, citations);
    }
}
