using Dopamine.Web.Hosting;
using Serilog;

if (args is ["check", ..])
{
    return CheckCommand.Run(args[1..], Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
builder.Services.AddDopamineContent();
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.MapStaticAssets();
app.MapRazorPages();
app.MapHealthEndpoints();
app.Run();
return 0;
