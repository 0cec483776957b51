using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>The result of reading a page's front matter: the values, or the fatal problems.</summary>
/// <param name="BodyLineOffset">How many file lines come before the body's first line.</param>
/// <param name="KeyLines">The file line of each front-matter key, for later diagnostics.</param>
internal sealed record ParsedFrontMatter(
    FrontMatter? Matter,
    EvidenceLevel? Evidence,
    SafetyTopic? Safety,
    string Body,
    int BodyLineOffset,
    IReadOnlyDictionary<string, int> KeyLines,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ParsedFrontMatter Failed(params Diagnostic[] diagnostics) =>
        new(null, null, null, "", 0, new Dictionary<string, int>(), diagnostics);
}
