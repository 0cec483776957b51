namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Small content files for tests that need their own content folder.</summary>
public static class TestContent
{
    public const string Sources = """
        - id: paper-a
          type: paper
          title: A paper about wanting
          authors: [Doe J]
          year: 2001
          journal: Journal of Tests
        - id: paper-b
          type: paper
          title: A paper about effort
          authors: [Roe K]
          year: 2002
        """;

    public static string Page(string title, string body, string related = "[]") => $"""
        ---
        title: {title}
        summary: A short answer about {title.ToLowerInvariant()}.
        tags: [basics]
        related: {related}
        reviewed: 2026-11-01
        ---

        ## Key points

        1. **One.** {body} [@paper-a]
        2. **Two.** Effort matters too [@paper-b].
        """;

    public static Dictionary<string, string> TwoTopics() => new()
    {
        ["sources.yml"] = Sources,
        ["topics/alpha.md"] = Page("Alpha answer", "Alpha leads on to [[beta]] for more."),
        ["topics/beta.md"] = Page("Beta answer", "Beta stands alone."),
    };

    /// <summary>Topics "Note 01" to "Note <paramref name="count"/>", every one saying "effort" (see <see cref="Page"/>).</summary>
    /// <param name="body">Each note's own key point, by number; "Nothing special here." when not given.</param>
    public static Dictionary<string, string> Notes(int count, Func<int, string>? body = null)
    {
        var files = new Dictionary<string, string> { ["sources.yml"] = Sources };
        for (var n = 1; n <= count; n++)
        {
            files[$"topics/note-{n:00}.md"] = Page($"Note {n:00}", body?.Invoke(n) ?? "Nothing special here.");
        }

        return files;
    }
}
