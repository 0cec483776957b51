namespace Dopamine.Content.Model;

/// <summary>Maps a kind to the folder and URL segment it lives under.</summary>
public static class ArticleKindExtensions
{
    /// <summary>The folder name under the content root, which is also the URL segment.</summary>
    public static string Segment(this ArticleKind kind) => kind == ArticleKind.Topic ? "topics" : "questions";

    /// <summary>The site-relative URL of a page of this kind.</summary>
    public static string UrlFor(this ArticleKind kind, string slug) => $"/{kind.Segment()}/{slug}";
}
