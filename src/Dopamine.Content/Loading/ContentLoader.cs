using Dopamine.Content.Diagnostics;
using Dopamine.Content.Linking;
using Dopamine.Content.Markdown;
using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>
/// Loads a content root into an immutable <see cref="ContentSet"/>: registries, then every page's front
/// matter and Markdown, then links and renders each page once. A file that fails to parse is replaced by
/// its last good version, so a bad edit never takes a published page down.
/// </summary>
public static class ContentLoader
{
    /// <summary>The source registry, relative to the content root.</summary>
    public const string SourcesFile = "sources.yml";
    /// <summary>The glossary, relative to the content root.</summary>
    public const string GlossaryFile = "glossary.yml";
    /// <summary>The controlled list of tags, relative to the content root.</summary>
    public const string TagsFile = "tags.yml";
    /// <summary>Reader synonyms for search, relative to the content root.</summary>
    public const string SynonymsFile = "synonyms.txt";
    /// <summary>The home page settings, relative to the content root.</summary>
    public const string HomeFile = "home.yml";

    /// <summary>Loads every file under <paramref name="root"/>.</summary>
    /// <param name="root">The content folder holding topics/, questions/, sources.yml and glossary.yml.</param>
    /// <param name="previous">
    /// The previous load, or null on first load: its files' last good text is fallen back on, and its pages are reused
    /// where nothing they were built from changed.
    /// </param>
    public static LoadResult Load(string root, LoadResult? previous = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var files = new ContentFileReader(root, previous?.LastGood ?? new Dictionary<string, FileText>(), previous?.Parsed);
        var diagnostics = new List<Diagnostic>();

        var sources = ReadRegistry<Source>(files, SourcesFile, (s, line) => s with { Line = line }, diagnostics)
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var glossary = ReadRegistry<GlossaryTerm>(files, GlossaryFile, (t, line) => t with { Line = line }, diagnostics);
        var tags = ReadRegistry<TagDefinition>(files, TagsFile, (t, line) => t with { Line = line }, diagnostics);
        var knownTags = files.Exists(TagsFile) ? tags.Select(t => t.Id).ToHashSet(StringComparer.Ordinal) : null;
        var synonyms = files.Exists(SynonymsFile)
            ? files.ReadParsed<List<IReadOnlyList<string>>>(SynonymsFile, SynonymsReader.Parse, diagnostics, textOnly: true)
            : null;
        var registries = new RegistryTexts(files.Published.GetValueOrDefault(SourcesFile),
            files.Published.GetValueOrDefault(GlossaryFile), files.Published.GetValueOrDefault(TagsFile));
        var pending = PageReader.Read(root, files, diagnostics);

        var pages = pending.ToDictionary(p => p.Slug, p => new PageRef(p.Slug, p.Kind, p.Matter.Title!.Trim()), StringComparer.Ordinal);
        ReportDuplicateTitles(pending, diagnostics);
        var built = BuildPages(pending, pages, new PageInputs(sources, new GlossaryMatcher(glossary), knownTags), registries,
            previous?.Built, diagnostics);
        var articles = built.Select(b => b.Article)
            .OrderBy(a => a.Kind).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();

        Check(diagnostics, files.DisplayPath(SourcesFile), problems => RegistryChecks.ReportUnusedSources(sources, articles, problems));
        Check(diagnostics, files.DisplayPath(GlossaryFile), problems => RegistryChecks.ReportUnusedGlossaryTerms(glossary, articles, problems));
        var home = HomeReader.Read(files, HomeFile, pages, diagnostics);
        var content = new ContentSet(articles, sources, glossary, tags, synonyms ?? [], home, diagnostics, files.Version());
        var byFile = pending.Zip(built).ToDictionary(p => p.First.File, p => p.Second, StringComparer.Ordinal);
        return new LoadResult(content, files.Published) { Built = new BuiltPages(registries, pages, byFile), Parsed = files.Parsed };
    }

    // Pages build independently of each other, so they are built side by side; each keeps its own diagnostics,
    // reported in file order as before. What they share is read-only: the Markdig pipeline, the registries, and the
    // HtmlSanitizer, whose Sanitize is documented thread-safe once configured.
    private static List<BuiltPage> BuildPages(List<PendingArticle> pending, IReadOnlyDictionary<string, PageRef> pages,
        PageInputs inputs, RegistryTexts registries, BuiltPages? previous, List<Diagnostic> diagnostics)
    {
        var built = new BuiltPage[pending.Count];
        Parallel.For(0, pending.Count, i =>
        {
            var page = pending[i];
            built[i] = previous?.Reusable(page, registries, pages) ?? Build(page, pages, inputs);
        });
        diagnostics.AddRange(built.SelectMany(b => b.Diagnostics));
        return [.. built];
    }

    private static BuiltPage Build(PendingArticle page, IReadOnlyDictionary<string, PageRef> pages, PageInputs inputs)
    {
        var recorded = new RecordingPages(pages);
        var context = LinkContext.For(page, recorded, inputs.Sources, inputs.Glossary);
        var article = ArticleBuilder.Build(page, context, inputs.KnownTags);
        return new BuiltPage(page.Text, article, context.Problems.Items, recorded.Read);
    }

    private static List<T> ReadRegistry<T>(ContentFileReader files, string relative, Func<T, int, T> withLine,
        List<Diagnostic> diagnostics) where T : class, IRegistryEntry
    {
        var file = files.DisplayPath(relative);
        if (!files.Exists(relative))
        {
            return [];
        }

        var entries = files.ReadParsed(relative, (string text, FileDiagnostics problems) => RegistryReader.Read(text, problems, withLine),
            diagnostics, textOnly: true);
        var valid = new List<T>();
        Check(diagnostics, file, problems => valid = RegistryChecks.Validate(entries ?? [], problems));
        return valid;
    }

    // Runs the checks of one file that come after it was parsed, adding what they find to the load's problems.
    private static void Check(List<Diagnostic> diagnostics, string file, Action<FileDiagnostics> check)
    {
        var problems = new FileDiagnostics(file);
        check(problems);
        diagnostics.AddRange(problems.Items);
    }

    private static void ReportDuplicateTitles(List<PendingArticle> pending, List<Diagnostic> diagnostics)
    {
        foreach (var group in pending.GroupBy(p => p.Matter.Title!.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.DuplicateTitle, duplicate.File, duplicate.LineOf("title"), 0,
                    $"Title '{group.Key}' is also the title of {group.First().File}. Make each title distinct."));
            }
        }
    }

    // What every page is built against besides the other pages.
    private sealed record PageInputs(IReadOnlyDictionary<string, Source> Sources, GlossaryMatcher Glossary, IReadOnlySet<string>? KnownTags);
}
