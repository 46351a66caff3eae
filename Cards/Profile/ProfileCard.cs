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
        Card(texts, texts.ProfileTitle,
            [
                Title(texts.ProfileTitle),
                new FactSet(
                [
                    new(texts.NameLabel, view.Name ?? texts.Unknown),
                    new(texts.RolesLabel, texts.Names(view.Roles)),
                    new(texts.TimeZoneLabel, texts.TimeZoneName(view.TimeZone)),
                    new(texts.WithUsSinceLabel, texts.Ago(view.FirstSeen, view.Now)),
                ]),
                .. Layout.Refused(form, texts),
                .. ProfileForm.Fields.Institution.Input(form, texts),
                .. ProfileForm.Fields.Region.Input(form, texts),
                .. ProfileForm.Fields.Language.Input(form, texts, [.. ProfileForm.Languages.Select(l => new Choice(l.Name, l.Code))], ChoiceInputStyle.Expanded),
            ],
            [Actions.Execute(texts.SaveProfile, ProfileVerbs.ProfileSave, style: "positive"), Actions.Execute(texts.ShowHelp, HelpVerbs.Help)]);
}
