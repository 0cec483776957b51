using Dopamine.Content.Model;

namespace Dopamine.Content.Related;

/// <summary>One entry of a page's "Related questions" sidebar, with a short reason a reader can see.</summary>
public sealed record RelatedEntry(Article Article, string Reason);
