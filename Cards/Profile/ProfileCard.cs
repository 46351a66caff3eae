using SmqBot.Cards.Common;
using SmqBot.Cards.Help;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.People;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Profile;

public sealed record ProfileView(string? Name, IReadOnlyList<Role> Roles, string TimeZone, DateTimeOffset FirstSeen, DateTimeOffset Now, Data.Coaching.Institution? Institution = null);

/// <summary>What SmqBot knows about the reader; the language shown is the one of this conversation.</summary>
public static class ProfileCard
{
    /// <param name="members">SMQ's member institutions (id, name), offered as a list to pick from; empty: the name is typed.</param>
    public static AdaptiveCard Build(ProfileView view, FormState form, Texts texts, IReadOnlyList<(string Id, string Name)>? members = null) =>
        Card(texts, texts.Profile.ProfileTitle,
            [
                Title(texts.Profile.ProfileTitle),
                new FactSet(
                [
                    new(texts.Profile.NameLabel, view.Name ?? texts.Profile.Unknown),
                    new(texts.Profile.RolesLabel, texts.Names(view.Roles)),
                    new(texts.Profile.TimeZoneLabel, texts.Profile.TimeZoneName(view.TimeZone)),
                    new(texts.Profile.WithUsSinceLabel, texts.Ago(view.FirstSeen, view.Now)),
                ]),
                .. Layout.Refused(form, texts),
                .. members is { Count: > 0 }
                    ? ProfileForm.Fields.Member.Input(form, texts, [.. members.Select(m => new Choice(m.Name, m.Id)), new Choice(texts.Profile.OtherInstitution, ProfileForm.Other)], ChoiceInputStyle.Filtered)
                    : [],
                .. ProfileForm.Fields.Institution.Input(form, texts),
                .. ProfileForm.Fields.Region.Input(form, texts),
                .. members is { Count: > 0 } ? [Note(texts.Profile.OtherInstitutionNote)] : Array.Empty<Element>(),
                .. ProfileForm.Fields.Language.Input(form, texts, [.. ProfileForm.Languages.Select(l => new Choice(l.Name, l.Code))], ChoiceInputStyle.Expanded),
            ],
            [Actions.Execute(texts.Profile.SaveProfile, ProfileVerbs.ProfileSave, style: "positive"), Actions.Execute(texts.Common.ShowHelp, HelpVerbs.Help)]);
}
