using BenchmarkDotNet.Attributes;
using Dopamine.Content.Diagnostics;
using Dopamine.Content.Linking;
using Dopamine.Content.Loading;
using Dopamine.Content.Markdown;
using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Model;
using Markdig.Syntax;

namespace Dopamine.Benchmarks;

/// <summary>
/// One representative theme page, through the steps ContentLoader takes for each page: read, front matter,
/// Markdig parse, link, render and sanitize. The site-wide lookups (pages, sources, glossary) are built once,
/// as a load builds them once for all pages. The single steps show where the page's time goes.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private const string Relative = "topics/dopamine-release-mechanisms.md";

    private FileText _fileText = null!;
    private string _text = "";
    private ParsedFrontMatter _matter = null!;
    private MarkdownDocument _linked = null!;
    private ContentFileReader _files = null!;
    private string _file = "";
    private IReadOnlyDictionary<string, PageRef> _pages = null!;
    private IReadOnlyDictionary<string, Source> _sources = null!;
    private GlossaryMatcher _glossary = null!;
    private IReadOnlySet<string> _knownTags = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentLoader.Load(BundledContent.Root).Content;
        _pages = content.Articles.ToDictionary(a => a.Slug, a => new PageRef(a.Slug, a.Kind, a.Title), StringComparer.Ordinal);
        _sources = content.Sources;
        _glossary = new GlossaryMatcher(content.Glossary);
        _knownTags = content.TagDescriptions.Keys.ToHashSet(StringComparer.Ordinal);
        _files = new ContentFileReader(BundledContent.Root, new Dictionary<string, FileText>());
        _file = _files.DisplayPath(Relative);
        _fileText = new FileText(File.ReadAllBytes(Path.Combine(BundledContent.Root, Relative)));
        _text = _fileText.Decode();
        _matter = FrontMatterReader.Read(_text, new FileDiagnostics(_file))!;
        var pending = Pending(_matter);
        ArticleLinker.Link(pending.Document, Context(pending));
        GlossaryLinker.Link(pending.Document, _glossary);
        _linked = pending.Document;
    }

    /// <summary>Everything one page costs at load: read the file, parse, link, render, sanitize.</summary>
    [Benchmark(Baseline = true)]
    public Article LoadAndRenderPage()
    {
        var diagnostics = new List<Diagnostic>();
        FileText? read = null;
        var matter = _files.ReadParsed(Relative, (FileText text, FileDiagnostics problems) =>
        {
            read = text;
            return FrontMatterReader.Read(text.Decode(), problems);
        }, diagnostics)!;
        var pending = Pending(matter, read!);
        return ArticleBuilder.Build(pending, Context(pending), _knownTags);
    }

    /// <summary>Splitting off the YAML and reading it (twice: once for key lines, once into FrontMatter).</summary>
    [Benchmark]
    public object? FrontMatter() => FrontMatterReader.Read(_text, new FileDiagnostics(_file));

    /// <summary>Markdig's parse of the body with our extensions.</summary>
    [Benchmark]
    public MarkdownDocument ParseMarkdown() => Markdig.Markdown.Parse(_matter.Body(_text), ArticlePipeline.Instance);

    /// <summary>
    /// The parse again, then glossary linking (first use of each term on the page); it rewrites the tree, so it
    /// cannot run on a shared document. Minus <see cref="ParseMarkdown"/>, this is the glossary's cost.
    /// </summary>
    [Benchmark]
    public IReadOnlyList<string> ParseThenLinkGlossary() =>
        GlossaryLinker.Link(Markdig.Markdown.Parse(_matter.Body(_text), ArticlePipeline.Instance), _glossary);

    /// <summary>HTML rendering of an already linked document (the sanitizer runs only when it holds raw HTML or an unsafe address).</summary>
    [Benchmark]
    public string RenderAndSanitize() => ArticleHtml.Render(_linked);

    private PendingArticle Pending(ParsedFrontMatter matter, FileText? text = null) =>
        new("dopamine-release-mechanisms", ArticleKind.Topic, _file, matter, text ?? _fileText);

    private LinkContext Context(PendingArticle pending) => LinkContext.For(pending, _pages, _sources, _glossary);
}
