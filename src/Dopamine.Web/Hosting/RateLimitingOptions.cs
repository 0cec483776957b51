namespace Dopamine.Web.Hosting;

/// <summary>
/// The <c>RateLimiting</c> section: how fast one client (one IP address) may search, through <c>/search</c> and
/// <c>/api/*</c> together. Pages are never limited.
/// </summary>
internal sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Searches a client regains each second; 0 turns the limiter off (the load and quality benchmarks do).</summary>
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Searches a client may make at once after a pause: suggestions as one types come in bursts.</summary>
    public int Burst { get; set; } = 40;

    public bool Enabled => PermitsPerSecond > 0;
}
