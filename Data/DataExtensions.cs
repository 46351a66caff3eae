using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmqBot.Data.Documents;
using SmqBot.Data.Installations;
using SmqBot.Data.People;

namespace SmqBot.Data;

/// <summary>Azure Cosmos DB account settings (section <c>Cosmos</c>). Without an endpoint, the embedded SQLite store is used.</summary>
public sealed class CosmosOptions
{
    public string? Endpoint { get; set; }
    /// <summary>Account key; leave empty to sign in with Azure.Identity (managed identity in Azure, developer sign-in locally).</summary>
    public string? Key { get; set; }
    public string Database { get; set; } = "smqbot";
    public ConnectionMode ConnectionMode { get; set; } = ConnectionMode.Direct;
}

/// <summary>The embedded store (section <c>Sqlite</c>).</summary>
public sealed class SqliteOptions
{
    /// <summary>The database file, relative to the content root unless absolute.</summary>
    public string Path { get; set; } = "data/smqbot.db";
}

public static class DataExtensions
{
    /// <summary>
    /// The document database and the aggregate stores. The store is chosen here and only here: Cosmos DB when
    /// <c>Cosmos:Endpoint</c> is set, else SQLite in a file. Outside Development the file must be named
    /// (<c>Sqlite:Path</c>): on App Service a forgotten endpoint would otherwise put the data in a file on storage the
    /// instances share, each with its own idea of it; the host then refuses to start and says which setting is missing.
    /// </summary>
    public static IServiceCollection AddSmqData(this IServiceCollection services, IConfiguration configuration, string contentRoot, string environmentName = "Development")
    {
        if (string.IsNullOrWhiteSpace(configuration["Cosmos:Endpoint"]) && string.IsNullOrWhiteSpace(configuration["Sqlite:Path"]) && environmentName != Environments.Development)
            throw new InvalidOperationException(
                $"Cosmos:Endpoint is not set (Cosmos__Endpoint in App Service). Outside Development SmqBot does not fall back to an embedded " +
                $"SQLite file by itself (this environment is {environmentName}): set Cosmos__Endpoint to the Cosmos DB account, or, for a " +
                "single instance on purpose, name the file with Sqlite__Path.");
        services.AddOptions<CosmosOptions>().BindConfiguration("Cosmos");
        services.AddOptions<SqliteOptions>().BindConfiguration("Sqlite");
        services.AddSingleton(TimeProvider.System);

        if (!string.IsNullOrWhiteSpace(configuration["Cosmos:Endpoint"]))
        {
            services.AddSingleton(sp =>
            {
                var options = sp.GetRequiredService<IOptions<CosmosOptions>>().Value;
                var clientOptions = new CosmosClientOptions { ConnectionMode = options.ConnectionMode, ApplicationName = "SmqBot" };
                return string.IsNullOrEmpty(options.Key)
                    ? new CosmosClient(options.Endpoint, new DefaultAzureCredential(), clientOptions)
                    : new CosmosClient(options.Endpoint, options.Key, clientOptions);
            });
            services.AddSingleton<IDocumentDatabase>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<CosmosOptions>>().Value;
                return new InstrumentedDatabase(new CosmosDocumentDatabase(sp.GetRequiredService<CosmosClient>(), options.Database, createIfMissing: !string.IsNullOrEmpty(options.Key)));
            });
        }
        else
        {
            services.AddSingleton<IDocumentDatabase>(sp => new InstrumentedDatabase(
                SqliteDocumentDatabase.ForFile(System.IO.Path.Combine(contentRoot, sp.GetRequiredService<IOptions<SqliteOptions>>().Value.Path))));
        }

        services.AddHostedService<DatabaseInitializer>();
        services.AddSingleton<PeopleStore>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<InstallationStore>();
        services.AddSingleton<Outbox.OutboxStore>();
        services.AddSingleton<Outbox.PaceStore>();
        services.AddSingleton<Cohorts.CohortStore>();
        services.AddSingleton<Coaching.AccompanimentStore>();
        services.AddSingleton<Calls.CallStore>();
        services.AddSingleton<Activities.ActivityStore>();
        services.AddSingleton<Reports.PlanStore>();
        services.AddSingleton<Institutions.MemberStore>();
        services.AddSingleton<Meetings.MeetingStore>();
        services.AddSingleton<Privacy.PrivacyStore>();
        services.AddSingleton<Privacy.PersonalData>();
        return services;
    }

    /// <summary>Creates the database, containers or tables before the bot takes its first turn.</summary>
    private sealed class DatabaseInitializer(IDocumentDatabase database) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
