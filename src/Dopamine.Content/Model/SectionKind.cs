namespace Dopamine.Content.Model;

/// <summary>What part of a page a section is.</summary>
public enum SectionKind
{
    /// <summary>One numbered key point of the page's answer (<c>#point-N</c>).</summary>
    KeyPoint,
    /// <summary>A heading and the text below it up to the next heading.</summary>
    Headed,
}
