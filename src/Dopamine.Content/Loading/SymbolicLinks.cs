namespace Dopamine.Content.Loading;

/// <summary>
/// Which symbolic links under the content root are followed: only a link to a file inside the root. A link to
/// a folder, or to anything outside the root, is never read, so no link can publish a file from elsewhere on
/// the server.
/// </summary>
internal static class SymbolicLinks
{
    /// <summary>Why the link at <paramref name="path"/> is not followed; null when it is no link, or may be read.</summary>
    public static string? Refusal(string root, string path)
    {
        FileSystemInfo? target;
        try
        {
            target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (IOException ex)
        {
            return $"It is a symbolic link that cannot be followed ({ex.Message}). Replace it with the file itself.";
        }

        if (target is null)
        {
            return null;
        }

        if (Directory.Exists(target.FullName))
        {
            return $"It is a symbolic link to a folder ({target.FullName}), and links to folders are not followed. Move the files here instead.";
        }

        return IsInside(root, target.FullName)
            ? null
            : $"It is a symbolic link to {target.FullName}, outside the content folder, so it is not read. Copy the file here instead.";
    }

    private static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        return Roots(root).Any(r => full.StartsWith(r, StringComparison.Ordinal));
    }

    // The root as configured and, when the root is itself a link (a mounted volume), the folder it leads to.
    private static IEnumerable<string> Roots(string root)
    {
        yield return WithSeparator(Path.GetFullPath(root));
        if (Directory.ResolveLinkTarget(root, returnFinalTarget: true) is { } real)
        {
            yield return WithSeparator(real.FullName);
        }
    }

    private static string WithSeparator(string folder) => Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
}
