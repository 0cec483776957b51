namespace Dopamine.Content.Model;

/// <summary>Whether a page is a pillar topic or a single reader question; decides its folder and URL.</summary>
public enum ArticleKind
{
    /// <summary>A theme page under <c>content/topics</c>, served at <c>/topics/{slug}</c>.</summary>
    Topic,
    /// <summary>A question page under <c>content/questions</c>, served at <c>/questions/{slug}</c>.</summary>
    Question,
}
