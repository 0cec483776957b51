namespace Dopamine.Content;

/// <summary>Finds the content folder from the configured path.</summary>
public static class ContentRoot
{
    /// <summary>
    /// An absolute path is taken as is. A relative one is tried against the working directory, then against
    /// each folder above <paramref name="baseDirectory"/>, so the default "content" works from the repo root,
    /// from <c>dotnet run --project</c> and from test output folders alike.
    /// </summary>
    public static string Resolve(string configured, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"Content folder '{configured}' was not found from '{Directory.GetCurrentDirectory()}' or above '{baseDirectory}'. Set Content:Root.");
    }
}
