using Microsoft.Extensions.Options;
using SmqBot.Bot.Features.Graph;

namespace SmqBot.Bot.Features.Meetings;

public static class MeetingsModule
{
    /// <summary>Codevelopment meetings: scheduling through Microsoft Graph (or local mode), polls, and the follow-ups.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>().BindConfiguration("Meetings");
        // A TokenCredential registered elsewhere (tests, or a managed identity) wins over the one built from the options.
        services.AddSingleton(sp => new GraphCalendar(sp.GetRequiredService<IOptions<GraphOptions>>(), sp.GetService<Azure.Core.TokenCredential>()));
        services.AddFeature<MeetingsFeature>();
        services.AddBackgroundWork<MeetingScheduler>();
        return services;
    }
}
