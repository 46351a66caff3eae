using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Model;
using SmqBot.Cards.Profile;

namespace SmqBot.Bot.Features.Profile;

/// <summary>`profil` / `profile`: what SmqBot knows about the caller.</summary>
public sealed class ProfileFeature(TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Profile, Show)];
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Common.Verbs.Profile, [], Show)];

    private Task<AdaptiveCard> Show(Request request, CancellationToken ct)
    {
        var (person, roles, texts, _) = request.Caller;
        return Task.FromResult(ProfileCard.Build(new ProfileView(person.Name, roles, person.TimeZone, person.FirstSeen, time.GetUtcNow()), texts));
    }
}
