using Markdig.Syntax;

namespace Dopamine.Content.Linking;

/// <summary>
/// Marks the ordered list that holds a page's key points on the syntax tree, so later passes (the section splitter)
/// find it through typed data rather than by a CSS class in the output.
/// </summary>
internal static class KeyPointList
{
    /// <summary>The CSS class the rendered list carries, for styling only.</summary>
    public const string CssClass = "key-points";

    public static void Mark(ListBlock list) => list.SetData(typeof(KeyPointList), true);

    public static bool Is(Block block) => block is ListBlock list && list.GetData(typeof(KeyPointList)) is true;
}
