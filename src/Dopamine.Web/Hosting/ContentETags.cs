using System.Security.Cryptography;
using System.Text;
using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace Dopamine.Web.Hosting;

/// <summary>
/// The entity tag of a rendered response, from everything that decides its bytes: the content version, the build
/// that renders it, and the full address asked for (path and query, e.g. <c>hl</c> on article pages, plus the
/// scheme and host that canonical links and feeds are built from). Weak, because the same tag covers the plain,
/// gzip and Brotli encodings, and the search API's <c>tookMs</c> differs from one call to the next.
/// </summary>
internal sealed class ContentETags(EndpointDataSource endpoints)
{
    private const int MaxKnownTags = 4096;
    private readonly Lazy<byte[]> _build = new(() => BuildIdentity(endpoints));

    // Tags already worked out for the current version, by address: hashing the address was a tenth of what serving a
    // kept page cost. Replaced whole when the version changes, so tags of old versions are never handed out.
    private KnownTags _known = new("", new(0));

    public EntityTagHeaderValue For(HttpRequest request, string contentVersion)
    {
        var known = Volatile.Read(ref _known);
        if (known.Version != contentVersion)
        {
            known = new KnownTags(contentVersion, new(MaxKnownTags));
            Volatile.Write(ref _known, known);
        }

        var address = (request.Scheme, request.Host.Value ?? "", request.PathBase.Add(request.Path).Value ?? "", request.QueryString.Value ?? "");
        return known.Tags.GetOrAdd(address, _ => Compute(request, contentVersion));
    }

    private EntityTagHeaderValue Compute(HttpRequest request, string contentVersion)
    {
        // One-shot hashing over one buffer: an incremental hash costs a native context per call.
        var build = _build.Value;
        var url = request.GetEncodedUrl();
        var length = build.Length + Encoding.UTF8.GetMaxByteCount(url.Length);
        var input = length <= 1024 ? stackalloc byte[length] : new byte[length];
        build.CopyTo(input);
        var written = build.Length + Encoding.UTF8.GetBytes(url, input[build.Length..]);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..written], digest);
        var address = Convert.ToHexStringLower(digest[..6]);
        return new EntityTagHeaderValue($"\"{contentVersion}-{address}\"", isWeak: true);
    }

    // A deploy that changes templates or static assets but no content still changes the HTML (a new stylesheet
    // fingerprint, say). Without this, browsers revalidating would get 304 and keep pages that link to assets the
    // new build no longer serves. Deterministic builds give every instance of one build the same identity.
    private static byte[] BuildIdentity(EndpointDataSource endpoints)
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

        return hash.GetHashAndReset();
    }

    private sealed record KnownTags(string Version, RecentAnswers<(string Scheme, string Host, string Path, string Query), EntityTagHeaderValue> Tags);
}
