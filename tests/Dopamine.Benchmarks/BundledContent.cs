using Dopamine.Content;

namespace Dopamine.Benchmarks;

/// <summary>The bundled content folder, found the way the tests find it, so the numbers are for the real site.</summary>
internal static class BundledContent
{
    public static string Root { get; } = ContentRoot.Resolve("content", AppContext.BaseDirectory);
}
