namespace SmqBot.Bot.Features.Enrolment;

public static class EnrolmentModule
{
    /// <summary>Cohort enrolment and accompaniment start, shared by the cohort and coaching forms and a call's selection.</summary>
    public static IServiceCollection AddEnrolment(this IServiceCollection services) => services.AddSingleton<Enrolments>();
}
