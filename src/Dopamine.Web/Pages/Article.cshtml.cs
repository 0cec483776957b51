using Dopamine.Content.Model;
using Dopamine.Content.Related;
using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Text;
using Dopamine.Web.Models;
using Dopamine.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary>A topic or question page: everything it shows was rendered at load.</summary>
public sealed class ArticleModel(Snapshot snapshot) : PageModel
{
    public Article Article { get; private set; } = null!;
    public ContentSet Site { get; private set; } = null!;
    public IReadOnlyList<RelatedEntry> Related { get; private set; } = [];
    public IReadOnlyList<LinkMention> LinkedFrom { get; private set; } = [];
    public IReadOnlyList<(string Name, string Path)> Trail { get; private set; } = [];

    /// <summary>The body to show: as rendered at load, with a search's words marked when the reader came from one.</summary>
    public IHtmlContent BodyHtml { get; private set; } = HtmlString.Empty;

    // A blank segment ("/topics/%20") binds as null.
    public IActionResult OnGet(string section, string? slug, string? hl)
    {
        if (slug is null || !snapshot.Content.BySlug.TryGetValue(slug.ToLowerInvariant(), out var article))
        {
            return NotFound();
        }

        if (article.Kind.Segment() != section || article.Slug != slug)
        {
            return RedirectPermanent(article.Url + Request.QueryString);
        }

        (Article, Site) = (article, snapshot.Content);
        Related = snapshot.RelatedTo(article.Slug);
        LinkedFrom = snapshot.Content.BacklinksTo(article.Slug);
        Trail = ArticleTrail.Above(article, ThemeOutline.Of(snapshot.Content));
        BodyHtml = hl is { Length: > 0 and <= SearchQuery.MaxLength }
            ? new HtmlString(TermMarker.Mark(article.BodyHtml, SearchIndex.Stems(QueryWords(hl))))
            : new Utf8Html(article.BodyHtmlUtf8);
        return Page();
    }

    private static IEnumerable<string> QueryWords(string hl) => hl.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10);
}
