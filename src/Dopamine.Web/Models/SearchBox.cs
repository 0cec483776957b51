namespace Dopamine.Web.Models;

/// <summary>
/// One search form on a page: its own input id and accessible name (a page can hold two search landmarks,
/// which must be told apart), and the query to show.
/// </summary>
public sealed record SearchBox(string Id, string Label, string? Query = null);
