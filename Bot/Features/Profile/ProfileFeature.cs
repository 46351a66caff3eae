using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Cards.Profile;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Profile;

/// <summary>`profil` / `profile`: what SmqBot knows about the caller, and their institution, which they can set (reports count institutions by it).</summary>
public sealed class ProfileFeature(PeopleStore people, Callers callers, Data.Institutions.MemberStore members, TimeProvider time) : IFeature
{
    public static readonly CommandInfo ProfileCommand = new("profile", ["profil", "profile", "moi", "me"], t => t.Profile.ProfileCommand, []) { Order = 20 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(ProfileCommand, Show)];
    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Profile.ProfileVerbs.Profile, [], Show),
        FormRoute.For<ProfileForm>(Cards.Profile.ProfileVerbs.ProfileSave, [], ProfileForm.Bind, async (r, state, ct) => await CardAsync(r.Caller, r.Caller.Person, state, ct), Save),
    ];

    private async Task<Reply> Show(Request request, CancellationToken ct) =>
        await CardAsync(request.Caller, request.Caller.Person, ProfileForm.Of(request.Caller.Person.Institution, request.Caller.Texts.Culture.TwoLetterISOLanguageName), ct);

    /// <summary>SMQ's member institutions, by name, for the list people pick theirs from.</summary>
    private async Task<IReadOnlyList<(string Id, string Name)>> MembersAsync(CancellationToken ct) =>
        [.. (await members.AllAsync(ct).ToListAsync(ct)).OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), true)).Select(m => (m.Id, m.Name))];

    private async Task<AdaptiveCard> CardAsync(Caller caller, Person person, FormState form, CancellationToken ct, string? note = null)
    {
        var card = ProfileCard.Build(new ProfileView(person.Name, caller.Roles, person.TimeZone, person.FirstSeen, time.GetUtcNow(), person.Institution), form, caller.Texts, await MembersAsync(ct));
        return note is null ? card : card.Saying(note);
    }

    private async Task<Reply> Save(Request request, Submission<ProfileForm> form, CancellationToken ct)
    {
        // Reports count institutions by what people give here; SMQ staff work for none, so only they may leave it blank
        // (and change their language without naming a museum).
        var staffOnly = request.Caller.Has(Role.Staff) && !request.Caller.Has(Role.Participant) && !request.Caller.Has(Role.Expert);
        // A member picked from the list is the member, with its region; "Autre", or no list, is the name and region typed.
        Data.Institutions.MemberInstitution? member = null;
        if (form.Form.Member is { } id and not ProfileForm.Other && (member = await members.FindAsync(id, ct)) is null)
            return await form.Refuse(ProfileForm.Fields.Member, request.Caller.Texts.Forms.NotAChoice(request.Caller.Texts.Profile.MemberLabel));
        if (member is null && form.Form.Institution is null && !staffOnly)
            return await form.Refuse(ProfileForm.Fields.Institution, request.Caller.Texts.Common.Required(request.Caller.Texts.Profile.MyInstitutionLabel));
        var chosen = member is not null ? new Institution(member.Name, member.Region) { MemberId = member.Id }
            : form.Form.Institution is { } name ? await members.ReferAsync(name, form.Form.Region ?? "", ct) : null;
        var saved = await people.UpdateAsync(request.Caller.Person.AadObjectId, p => p with
        {
            Institution = chosen,
            Language = Callers.Language(form.Form.Language) ?? p.Language,
        }, ct);
        // The answer is already in the language just chosen.
        var caller = request.Caller with { Person = saved, Texts = callers.TextsFor(saved, null) };
        return await CardAsync(caller, saved, ProfileForm.Of(saved.Institution, caller.Texts.Culture.TwoLetterISOLanguageName), ct, caller.Texts.Profile.ProfileSaved);
    }
}
