using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Cards.Profile;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Profile;

/// <summary>`profil` / `profile`: what SmqBot knows about the caller, and their institution, which they can set (reports count institutions by it).</summary>
public sealed class ProfileFeature(PeopleStore people, Callers callers, TimeProvider time) : IFeature
{
    public static readonly CommandInfo ProfileCommand = new("profile", ["profil", "profile", "moi", "me"], t => t.Profile.ProfileCommand, []) { Order = 20 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(ProfileCommand, Show)];
    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Profile.ProfileVerbs.Profile, [], Show),
        FormRoute.For<ProfileForm>(Cards.Profile.ProfileVerbs.ProfileSave, [], ProfileForm.Bind, (r, state, _) => Task.FromResult<Reply>(Card(r.Caller, r.Caller.Person, state)), Save),
    ];

    private Task<Reply> Show(Request request, CancellationToken ct) => Task.FromResult<Reply>(Card(request.Caller, request.Caller.Person, ProfileForm.Of(request.Caller.Person.Institution, request.Caller.Texts.Culture.TwoLetterISOLanguageName)));

    private AdaptiveCard Card(Caller caller, Person person, FormState form, string? note = null)
    {
        var card = ProfileCard.Build(new ProfileView(person.Name, caller.Roles, person.TimeZone, person.FirstSeen, time.GetUtcNow(), person.Institution), form, caller.Texts);
        return note is null ? card : card.Saying(note);
    }

    private async Task<Reply> Save(Request request, Submission<ProfileForm> form, CancellationToken ct)
    {
        // Reports count institutions by what people give here; SMQ staff work for none, so only they may leave it blank
        // (and change their language without naming a museum).
        var staffOnly = request.Caller.Has(Role.Staff) && !request.Caller.Has(Role.Participant) && !request.Caller.Has(Role.Expert);
        if (form.Form.Institution is null && !staffOnly)
            return await form.Refuse(ProfileForm.Fields.Institution, request.Caller.Texts.Common.Required(request.Caller.Texts.Profile.MyInstitutionLabel));
        var saved = await people.UpdateAsync(request.Caller.Person.AadObjectId, p => p with
        {
            Institution = form.Form.Institution is { } name ? new Institution(name, form.Form.Region ?? "") : null,
            Language = Callers.Language(form.Form.Language) ?? p.Language,
        }, ct);
        // The answer is already in the language just chosen.
        var caller = request.Caller with { Person = saved, Texts = callers.TextsFor(saved, null) };
        return Card(caller, saved, ProfileForm.Of(saved.Institution, caller.Texts.Culture.TwoLetterISOLanguageName), caller.Texts.Profile.ProfileSaved);
    }
}
