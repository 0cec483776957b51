using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>The result of reading a page's front matter: the values, or the fatal problems.</summary>
/// <param name="BodyStart">Where the Markdown body starts in the page's text: the body is not copied, since the
/// text is kept anyway and a page's body is nearly all of it.</param>
/// <param name="BodyLineOffset">How many file lines come before the body's first line.</param>
/// <param name="KeyLines">The file line of each front-matter key, for later diagnostics.</param>
internal sealed record ParsedFrontMatter(
    FrontMatter? Matter,
    EvidenceLevel? Evidence,
    SafetyTopic? Safety,
    int BodyStart,
    int BodyLineOffset,
    IReadOnlyDictionary<string, int> KeyLines,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ParsedFrontMatter Failed(params Diagnostic[] diagnostics) =>
        new(null, null, null, 0, 0, new Dictionary<string, int>(), diagnostics);

    /// <summary>The Markdown body of <paramref name="text"/>, the text this front matter was read from.</summary>
    public string Body(string text) => text[BodyStart..];
}
