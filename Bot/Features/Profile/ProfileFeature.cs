using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Cards.Profile;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Profile;

/// <summary>`profil` / `profile`: what SmqBot knows about the caller, and their institution, which they can set (reports count institutions by it).</summary>
public sealed class ProfileFeature(PeopleStore people, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Profile, Show)];
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Common.Verbs.Profile, [], Show), new(Cards.Common.Verbs.ProfileSave, [], Save)];

    private Task<AdaptiveCard> Show(Request request, CancellationToken ct) => Task.FromResult(Card(request.Caller, request.Caller.Person));

    private AdaptiveCard Card(Caller caller, Person person, string? note = null)
    {
        var card = ProfileCard.Build(new ProfileView(person.Name, caller.Roles, person.TimeZone, person.FirstSeen, time.GetUtcNow(), person.Institution), caller.Texts);
        return note is null ? card : card with { Body = [new TextBlock(note) { Weight = TextWeight.Bolder, Color = TextColor.Good }, .. card.Body] };
    }

    private async Task<AdaptiveCard> Save(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        var (institution, institutionError) = data.Field("institution", texts.MyInstitutionLabel, ProfileCard.MaxInstitution, required: true, texts);
        var (region, regionError) = data.Field("region", texts.RegionLabel, ProfileCard.MaxRegion, required: false, texts);
        if ((institutionError ?? regionError) is { } error) return ErrorCard.Build(texts, error);
        var saved = await people.UpdateAsync(request.Caller.Person.AadObjectId, p => p with { Institution = new Institution(institution!, region ?? "") }, ct);
        return Card(request.Caller, saved, texts.ProfileSaved);
    }
}
