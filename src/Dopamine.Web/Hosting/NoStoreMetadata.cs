namespace Dopamine.Web.Hosting;

/// <summary>Endpoint metadata: every response is sent with <c>Cache-Control: no-store</c> and no ETag.</summary>
internal sealed class NoStoreMetadata
{
    public static NoStoreMetadata Instance { get; } = new();

    private NoStoreMetadata()
    {
    }
}
