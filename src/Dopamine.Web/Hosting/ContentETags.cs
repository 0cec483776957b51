using System.Security.Cryptography;
using System.Text;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace Dopamine.Web.Hosting;

/// <summary>
/// The entity tag of a rendered response: the content version and the build that renders it. A tag belongs to the
/// URL it was sent with (browsers and shared caches keep and send it per URL), so the address need not be part of
/// it, and one tag per version serves every page. Weak, because the same tag covers the plain, gzip and Brotli
/// encodings, and the search API's <c>tookMs</c> differs from one call to the next.
/// </summary>
internal sealed class ContentETags(EndpointDataSource endpoints)
{
    private readonly Lazy<string> _build = new(() => BuildIdentity(endpoints));
    private VersionTag _latest = new("", new("\"\"", isWeak: true));

    public EntityTagHeaderValue For(string contentVersion)
    {
        // Versions change a few times a day, so the latest tag is all that is kept; two versions racing only build again.
        var latest = Volatile.Read(ref _latest);
        if (latest.Version != contentVersion)
        {
            latest = new VersionTag(contentVersion, new($"\"{contentVersion}-{_build.Value}\"", isWeak: true));
            Volatile.Write(ref _latest, latest);
        }

        return latest.Tag;
    }

    // A deploy that changes templates or static assets but no content still changes the HTML (a new stylesheet
    // fingerprint, say). Without this, browsers revalidating would get 304 and keep pages that link to assets the
    // new build no longer serves. Deterministic builds give every instance of one build the same identity.
    private static string BuildIdentity(EndpointDataSource endpoints)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(ContentETags).Assembly, typeof(ContentStore).Assembly })
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        var assetRoutes = endpoints.Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>()?.Route)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        foreach (var route in assetRoutes)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(route));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 6));
    }

    private sealed record VersionTag(string Version, EntityTagHeaderValue Tag);
}
