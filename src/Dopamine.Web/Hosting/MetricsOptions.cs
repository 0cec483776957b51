namespace Dopamine.Web.Hosting;

/// <summary>The <c>Metrics</c> section: whether <c>/metrics</c> serves OpenTelemetry metrics in Prometheus text.</summary>
internal sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Off by default: the figures are for the operator, and a public site should not hand them to everyone.</summary>
    public bool Enabled { get; set; }
}
