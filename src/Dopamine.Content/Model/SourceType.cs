namespace Dopamine.Content.Model;

/// <summary>What kind of thing a source is; decides how its card reads.</summary>
public enum SourceType
{
    /// <summary>A podcast episode.</summary>
    Episode,
    /// <summary>A named moment or clip of an episode.</summary>
    Clip,
    /// <summary>A primary research paper.</summary>
    Paper,
    /// <summary>A review article.</summary>
    Review,
    /// <summary>A book.</summary>
    Book,
    /// <summary>A web page or article.</summary>
    Web,
}
