namespace Dopamine.Content.Linking;

/// <summary>One numbered key point of a page's answer, as the editorial checks need it.</summary>
/// <param name="Line">The file line where the point starts.</param>
/// <param name="Column">The 1-based column of its list marker.</param>
internal sealed record KeyPoint(int Number, bool HasCitation, int Line, int Column);
