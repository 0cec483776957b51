namespace Dopamine.Content.Markdown.Citations;

/// <summary>One key inside a citation, with its optional locator (a timestamp such as <c>12:31</c>, or a page).</summary>
internal sealed record CitationReference(string Key, string? Locator)
{
    /// <summary>Set by the linker: the marker number on this page, or null for an unknown key.</summary>
    public int? Number { get; set; }
}
