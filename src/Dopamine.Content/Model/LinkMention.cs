namespace Dopamine.Content.Model;

/// <summary>A link from one page to another, with the sentence that holds it split around the link text.</summary>
public sealed record LinkMention(string FromSlug, string ToSlug, string Before, string LinkText, string After);
