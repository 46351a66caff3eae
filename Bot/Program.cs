using SmqBot.Bot;

var builder = WebApplication.CreateBuilder(args);
builder.AddSmqBot();

var app = builder.Build();
app.MapSmqBot();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
