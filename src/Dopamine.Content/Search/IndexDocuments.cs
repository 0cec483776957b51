using Dopamine.Content.Answers;
using Dopamine.Content.Model;
using Lucene.Net.Documents;

namespace Dopamine.Content.Search;

/// <summary>How a page and its sections become Lucene documents.</summary>
internal static class IndexDocuments
{
    public static Document Page(Article article, IReadOnlyDictionary<string, GlossaryTerm> glossaryById)
    {
        var glossary = article.GlossaryTerms.Select(id => glossaryById.GetValueOrDefault(id))
            .OfType<GlossaryTerm>().SelectMany(t => t.Aliases.Prepend(t.Term));
        return
        [
            // Nothing stored and no term vectors: a hit's page comes through the field cache, and results and
            // MoreLikeThis read the page itself. Compressing 10,000 stored bodies cost time on every load and memory.
            new StringField(SearchFields.Slug, article.Slug, Field.Store.NO),
            new TextField(SearchFields.Title, article.Title, Field.Store.NO),
            new TextField(SearchFields.Aliases, string.Join(" ; ", article.Aliases), Field.Store.NO),
            new TextField(SearchFields.Summary, article.Summary, Field.Store.NO),
            new TextField(SearchFields.Headings, string.Join(" ; ", article.Headings.Select(h => h.Text)), Field.Store.NO),
            new TextField(SearchFields.Body, article.BodyText, Field.Store.NO),
            new TextField(SearchFields.Tags, string.Join(" ", article.Tags), Field.Store.NO),
            new TextField(SearchFields.Glossary, string.Join(" ; ", glossary), Field.Store.NO),
        ];
    }

    // Nothing stored: a search reads which page and section a hit is from through the field cache, and takes the
    // section's text from the page (reading stored documents was half the cost of an uncached search). The short answer
    // is a passage of its own. Every passage carries its page's title and aliases as context: they say which page a
    // passage answers in, and, being alike for all of a page's passages, never decide between them. (With the title
    // in the short answer's own text, the short answer outranked the key point a narrow question asked about.)
    public static IEnumerable<Document> Sections(Article article)
    {
        var text = article.BodyText;
        var context = string.Join(" ; ", article.Aliases.Prepend(article.Title));
        return article.Sections.Where(section => !section.OnlyLinks).Select(section => (section.Anchor, Text: $"{section.Title} {section.TextIn(text)}"))
            .Prepend((Anchor: AnswerPassage.SummaryAnchor, Text: article.Summary))
            .Select(passage => new Document
            {
                new StringField(SearchFields.Slug, article.Slug, Field.Store.NO),
                new StringField(SearchFields.Anchor, passage.Anchor, Field.Store.NO),
                new TextField(SearchFields.Text, passage.Text, Field.Store.NO),
                new TextField(SearchFields.Context, context, Field.Store.NO),
            });
    }
}
