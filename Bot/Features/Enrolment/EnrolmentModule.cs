using Microsoft.Extensions.Options;
using SmqBot.Bot.Features.Graph;

namespace SmqBot.Bot.Features.Enrolment;

public static class EnrolmentModule
{
    /// <summary>
    /// Finding the people staff name, cohort enrolment and accompaniment start (shared by the cohort and coaching forms
    /// and a call's selection), invitations, staff's lists of courses under way, and SmqBot installing itself through
    /// Graph for the people staff add.
    /// </summary>
    public static IServiceCollection AddEnrolment(this IServiceCollection services)
    {
        services.AddOptions<ReachOptions>().BindConfiguration("Reach");
        services.AddSingleton(sp => new TeamsAppInstaller(sp.GetRequiredService<IOptions<GraphOptions>>(), sp.GetService<Azure.Core.TokenCredential>()));
        services.AddSingleton<PeopleFinder>();
        services.AddSingleton<Enrolments>();
        services.AddSingleton<StaffLists>();
        services.AddBackgroundWork<ReachWorker>();
        return services;
    }
}
