using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>A page's front matter as read, and where its body starts.</summary>
/// <param name="BodyStart">Where the Markdown body starts in the page's text: the body is not copied, since the
/// text is kept anyway and a page's body is nearly all of it.</param>
/// <param name="BodyLineOffset">How many file lines come before the body's first line.</param>
/// <param name="KeyLines">The file line of each front-matter key, for later diagnostics.</param>
internal sealed record ParsedFrontMatter(
    FrontMatter Matter,
    EvidenceLevel? Evidence,
    SafetyTopic? Safety,
    int BodyStart,
    int BodyLineOffset,
    IReadOnlyDictionary<string, int> KeyLines)
{
    /// <summary>The Markdown body of <paramref name="text"/>, the text this front matter was read from.</summary>
    public string Body(string text) => text[BodyStart..];
}
