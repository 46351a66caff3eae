namespace SmqBot.Bot.Features.Members;

public static class MembersModule
{
    /// <summary>SMQ's member institutions and the import of the member list.</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddOptions<MemberOptions>().BindConfiguration("Members");
        services.AddFeature<MembersFeature>();
        services.AddSingleton<Routing.IFileFeature>(sp => sp.GetRequiredService<MembersFeature>());
        return services;
    }
}
