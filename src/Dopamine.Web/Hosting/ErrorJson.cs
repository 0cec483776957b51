namespace Dopamine.Web.Hosting;

/// <summary>The body of every JSON error: <c>{"error": "what was wrong and what to do"}</c>.</summary>
internal sealed record ErrorJson(string Error);
