using System.Globalization;
using Dopamine.Content.Model;

namespace Dopamine.Content.Answers;

/// <summary>One passage of a page that answers: the short answer (no section), a key point or a headed section.</summary>
public sealed record AnswerPassage(Article Page, ArticleSection? Section)
{
    /// <summary>The anchor of the short answer, which sits at the top of every page.</summary>
    public const string SummaryAnchor = "summary";

    /// <summary>The element id on the page: <c>summary</c>, <c>point-N</c> or a heading's id.</summary>
    public string Anchor => Section?.Anchor ?? SummaryAnchor;

    /// <summary>What the passage is called on the card: "Short answer", "Key point 2" or the section's heading.</summary>
    public string Heading => Section switch
    {
        null => "Short answer",
        { Kind: SectionKind.KeyPoint } point => "Key point " + KeyPointNumber(point.Anchor),
        var section => section.Title,
    };

    /// <summary>The passage's own evidence label where it has one, else the page's.</summary>
    public EvidenceLevel? Evidence => Section?.Evidence ?? Page.Evidence;

    /// <summary>The address of the passage: the page, at the passage (the page's top for the short answer).</summary>
    public string Url => Section is null ? Page.Url : $"{Page.Url}#{Section.Anchor}";

    private static string KeyPointNumber(string anchor) =>
        int.TryParse(anchor.AsSpan(anchor.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : anchor;
}
