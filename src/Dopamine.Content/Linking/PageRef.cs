using Dopamine.Content.Model;

namespace Dopamine.Content.Linking;

/// <summary>What a link needs to know about its target: where it lives and what it is called.</summary>
internal sealed record PageRef(string Slug, ArticleKind Kind, string Title)
{
    public string Url => Kind.UrlFor(Slug);
}
