using Microsoft.AspNetCore.Routing;

namespace Dopamine.Web.Hosting;

internal static class HeadRequestExtensions
{
    /// <summary>
    /// Lets every GET endpoint mapped in the group also answer HEAD, as Razor Pages and static files already do:
    /// monitors and link checkers send HEAD, and a 405 tells them the resource is broken. The endpoint runs as for
    /// GET and the server drops the body, so headers (ETag, Content-Type, caching) are exactly those of the GET.
    /// </summary>
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        // Finally: the endpoint's own method metadata is in place by then, whatever order conventions were added in.
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods;
            if (methods is [var only] && HttpMethods.IsGet(only))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
            }
        });
        return builder;
    }
}
