using System.Text;
using Dopamine.Content.Loading;

namespace Dopamine.Content.Tests.Support;

/// <summary>
/// A content folder in a fresh temporary directory, deleted on dispose. The folder is named
/// <c>content</c>, so diagnostics read <c>content/topics/x.md</c> just as they do for authors.
/// </summary>
internal sealed class ContentTree : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _parent;

    public ContentTree()
    {
        _parent = Path.Combine(Path.GetTempPath(), "dopamine-tests-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_parent, "content");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A tree holding <see cref="Sample.Sources"/>, which most pages cite.</summary>
    public static ContentTree WithSources() => new ContentTree().Sources(Sample.Sources);

    /// <summary>A copy of a folder under Fixtures/.</summary>
    public static ContentTree FromFixture(string name)
    {
        var tree = new ContentTree();
        var from = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(tree.Root, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return tree;
    }

    public ContentTree Topic(string slug, string text) => Write($"topics/{slug}.md", text);

    public ContentTree Question(string slug, string text) => Write($"questions/{slug}.md", text);

    public ContentTree Sources(string yaml) => Write(ContentLoader.SourcesFile, yaml);

    public ContentTree Glossary(string yaml) => Write(ContentLoader.GlossaryFile, yaml);

    public ContentTree Home(string yaml) => Write(ContentLoader.HomeFile, yaml);

    public ContentTree Write(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public ContentTree WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Writes a file beside the content folder, outside the root, and returns its path.</summary>
    public string WriteOutside(string name, string text)
    {
        var path = Path.Combine(_parent, "outside", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
        return path;
    }

    /// <summary>Replaces whatever is at the path with a symbolic link to <paramref name="target"/>.</summary>
    public ContentTree Link(string relativePath, string target)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
        return this;
    }

    public ContentTree Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Sets a file's last-write time, e.g. to an hour ago, as for a file written well before a load.</summary>
    public ContentTree Touch(string relativePath, DateTime lastWriteUtc)
    {
        File.SetLastWriteTimeUtc(Path.Combine(Root, relativePath), lastWriteUtc);
        return this;
    }

    /// <summary>Loads the tree; pass the previous result to reload the way the site does.</summary>
    public LoadResult Load(LoadResult? previous = null) => ContentLoader.Load(Root, previous);

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
