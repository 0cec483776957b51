using Dopamine.Web.Hosting;
using Serilog;

switch (args)
{
    case ["check", .. var checkArgs]:
        return CheckCommand.Run(checkArgs, Console.Out);
    case ["healthcheck", .. var healthArgs]:
        return await HealthcheckCommand.RunAsync(healthArgs, Console.Out);
}

// appsettings*.json and wwwroot sit beside the app, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
builder.Services.AddDopamineContent();
builder.Services.AddTrustedProxies();
builder.Services.AddHtmlSafeJson();
builder.Services.AddRazorPages();
builder.Services.AddEphemeralDataProtection();
builder.Services.AddSecurityHeaders();
builder.Services.AddSearchRateLimiting();
builder.Services.AddHttpCaching();
builder.Services.AddSiteMetrics(builder.Configuration);

var app = builder.Build();
app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.UseHttpCaching();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error");
app.UseSearchRateLimiting();
app.MapStaticAssets();
app.MapSiteMetrics();
// WithStaticAssets makes asp-append-version link the fingerprinted asset URLs, which are cached as immutable.
app.MapRazorPages().WithStaticAssets().CacheContentOutput();
// The endpoints below answer HEAD as well as GET, as Razor Pages and static assets already do.
var endpoints = app.MapGroup("").AnswerHeadLikeGet();
endpoints.MapHealthEndpoints();
endpoints.MapSearchEndpoints();
endpoints.MapAnswerEndpoints();
endpoints.MapWebStandards();
app.Run();
return 0;
