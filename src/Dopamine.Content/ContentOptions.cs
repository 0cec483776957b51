namespace Dopamine.Content;

/// <summary>Where content lives and how changes are picked up. Bound from the <c>Content</c> section.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Content";

    /// <summary>The content folder; relative paths are tried against the working directory, then the folders above the app.</summary>
    public string Root { get; set; } = "content";

    /// <summary>Reload when files under the root change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last file event before a reload starts, so a burst of saves reloads once.</summary>
    public int ReloadDebounceMilliseconds { get; set; } = 200;
}
