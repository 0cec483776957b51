using System.IO.Enumeration;
using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>
/// Lists the page files of a content root and reads each one's front matter. Files are listed and claimed by slug
/// in order, then read side by side; a file unchanged since the last load is neither read nor parsed again (see
/// <see cref="ContentFileReader"/>). Each file's problems are reported in file order. YamlDotNet's deserializers are
/// thread-safe since 16.1.
/// </summary>
internal static class PageReader
{
    public static List<PendingArticle> Read(string root, ContentFileReader files, List<Diagnostic> diagnostics)
    {
        var claimed = Claim(root, files, diagnostics);
        var read = new PageText?[claimed.Count];
        var problems = new List<Diagnostic>[claimed.Count];
        Parallel.For(0, claimed.Count, i =>
        {
            problems[i] = [];
            read[i] = ReadPage(files, claimed[i].Relative, claimed[i].Listed, problems[i]);
        });

        var pending = new List<PendingArticle>();
        for (var i = 0; i < claimed.Count; i++)
        {
            diagnostics.AddRange(problems[i]);
            if (read[i] is { } page)
            {
                var (slug, kind, _, file, _) = claimed[i];
                pending.Add(new PendingArticle(slug, kind, file, page.FrontMatter, page.Text));
            }
        }

        return pending;
    }

    // Every page file, in order, each slug claimed by the first file that has it (the slug is the file name).
    private static List<(string Slug, ArticleKind Kind, string Relative, string File, FileStamp? Listed)> Claim(string root,
        ContentFileReader files, List<Diagnostic> diagnostics)
    {
        var claimed = new List<(string, ArticleKind, string, string, FileStamp?)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<ArticleKind>())
        {
            var folder = Path.Combine(root, kind.Segment());
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // A linked kind folder is reported below and nothing under it is listed.
            IEnumerable<ListedEntry> listed = File.ResolveLinkTarget(folder, returnFinalTarget: false) is null ? PageFiles(folder) : [];
            var entries = listed.Prepend(new ListedEntry(folder, IsFolder: true, Stamp: null)).OrderBy(entry => entry.Path, StringComparer.Ordinal);
            foreach (var (path, isFolder, stamp) in entries)
            {
                var relative = Path.GetRelativePath(root, path);
                var file = files.DisplayPath(relative);
                // A folder here is the kind's own or a linked one; a linked file is judged when it is read.
                if (isFolder)
                {
                    if (SymbolicLinks.Refusal(root, path) is { } refusal)
                    {
                        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.RefusedSymbolicLink, file, 0, 0, refusal));
                    }

                    continue;
                }

                var slug = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
                if (seen.TryGetValue(slug, out var first))
                {
                    diagnostics.Add(Diagnostic.Of(DiagnosticCodes.DuplicateSlug, file, 1, 0,
                        $"Slug '{slug}' is already used by {first}. Rename one of the files."));
                    continue;
                }

                seen[slug] = file;
                claimed.Add((slug, kind, relative, file, stamp));
            }
        }

        return claimed;
    }

    /// <summary>
    /// Every .md file under the folder, and every linked folder so it can be reported: links to folders are never
    /// followed. Whether an entry is a folder comes with the listing (a link counts as what it leads to), and so do a
    /// plain file's size and time, so a reload of 10,000 pages does not ask the file system about each one again.
    /// </summary>
    private static FileSystemEnumerable<ListedEntry> PageFiles(string folder) =>
        new(folder, (ref entry) => new ListedEntry(entry.ToFullPath(), entry.IsDirectory,
                IsLink(ref entry) || entry.IsDirectory ? null : FileStamp.Of(ref entry)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref entry) => IsLink(ref entry)
                ? entry.IsDirectory || entry.FileName.EndsWith(".md", StringComparison.Ordinal)
                : !entry.IsDirectory && entry.FileName.EndsWith(".md", StringComparison.Ordinal),
            ShouldRecursePredicate = (ref entry) => !IsLink(ref entry),
        };

    /// <summary>A listed path; <paramref name="Stamp"/> only for a plain file, never a link.</summary>
    private sealed record ListedEntry(string Path, bool IsFolder, FileStamp? Stamp);

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private static PageText? ReadPage(ContentFileReader files, string relative, FileStamp? listed, List<Diagnostic> diagnostics) =>
        files.ReadParsed(relative, (FileText text, FileDiagnostics problems) =>
            FrontMatterReader.Read(text.Decode(), problems) is { } parsed ? new PageText(parsed, text) : null,
            diagnostics, textOnly: true, listed);

    private sealed record PageText(ParsedFrontMatter FrontMatter, FileText Text);
}
