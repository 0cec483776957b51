using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Dopamine.Content.Markdown.Citations;
using Dopamine.Content.Markdown.EvidenceLabels;
using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Markdown.WikiLinks;

namespace Dopamine.Content.Markdown;

/// <summary>The one Markdig pipeline every page is parsed and rendered with. Built once; thread-safe.</summary>
internal static class ArticlePipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras()
            .UsePreciseSourceLocation();
        builder.Extensions.AddIfNotAlready<InlineSyntaxExtension<WikiLinkParser, WikiLinkRenderer>>();
        builder.Extensions.AddIfNotAlready<InlineSyntaxExtension<CitationParser, CitationRenderer>>();
        builder.Extensions.AddIfNotAlready<InlineSyntaxExtension<EvidenceLabelParser, EvidenceLabelRenderer>>();
        builder.Extensions.AddIfNotAlready<GlossaryExtension>();
        return builder.Build();
    }
}
