using Portal.Jobs;
using Portal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalHosting();
builder.AddPortalRequestGuards();
builder.AddPortalModules();
builder.AddPortalDatabase();
builder.Services.AddPortalJobs(builder.Configuration);
builder.AddPortalWeb();

var app = builder.Build();

await app.InitializePortalDatabaseAsync();
app.UsePortalPipeline();
app.MapPortalEndpoints();

app.Run();

public partial class Program;
