using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SmqBot.Data.Documents;

namespace SmqBot.Bot.Features.Exports;

public static class ExportsModule
{
    /// <summary>
    /// Minted links (downloads and charts) over ASP.NET Data Protection, its key ring in the document database
    /// (<see cref="DocumentXmlRepository"/>): one application name and one ring for every instance.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("SmqBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DocumentXmlRepository(sp.GetRequiredService<IDocumentDatabase>())));
        services.AddSingleton<ExportLinks>();
        return services;
    }
}
