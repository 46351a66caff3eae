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
    public static AdaptiveCard Build(ProfileView view, FormState form, Texts texts) =>
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
                .. ProfileForm.Fields.Institution.Input(form, texts),
                .. ProfileForm.Fields.Region.Input(form, texts),
                .. ProfileForm.Fields.Language.Input(form, texts, [.. ProfileForm.Languages.Select(l => new Choice(l.Name, l.Code))], ChoiceInputStyle.Expanded),
            ],
            [Actions.Execute(texts.Profile.SaveProfile, ProfileVerbs.ProfileSave, style: "positive"), Actions.Execute(texts.Common.ShowHelp, HelpVerbs.Help)]);
}
