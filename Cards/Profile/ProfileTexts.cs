using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Cards.Profile;

/// <summary>`profil`: what SmqBot knows about someone, and their language. In French and English, composed by <see cref="Texts"/>.</summary>
public sealed record ProfileTexts
{
    public required string MemberLabel { get; init; }
    public required string OtherInstitution { get; init; }
    public required string OtherInstitutionNote { get; init; }
    public required CommandText ProfileCommand { get; init; }
    public required string ProfileTitle { get; init; }
    public required string NameLabel { get; init; }
    public required string MyInstitutionLabel { get; init; }
    public required string SaveProfile { get; init; }
    public required string ProfileSaved { get; init; }
    public required string RolesLabel { get; init; }
    public required string LanguageLabel { get; init; }
    public required string LanguageName { get; init; }
    public required string TimeZoneLabel { get; init; }
    /// <summary>A time zone in words ("heure de l’Est (Montréal)"); an id it does not know, as it is.</summary>
    public required Func<string, string> TimeZoneName { get; init; }
    public required string WithUsSinceLabel { get; init; }
    public required string Unknown { get; init; }

    public static readonly ProfileTexts French = new()
    {
        MemberLabel = "Votre institution (liste des membres de la SMQ)",
        OtherInstitution = "Autre (à préciser ci-dessous)",
        OtherInstitutionNote = "Votre institution n’est pas dans la liste ? Choisissez « Autre » et donnez son nom et sa région : le personnel de la SMQ l’associera.",

        ProfileCommand = new("profil", "Ce que SmqBot sait de vous : rôle, langue, fuseau horaire."),
        ProfileTitle = "Votre profil",
        MyInstitutionLabel = "Mon institution muséale",
        SaveProfile = "Enregistrer",
        ProfileSaved = "Profil enregistré.",
        NameLabel = "Nom",
        RolesLabel = "Rôle",
        LanguageLabel = "Langue",
        LanguageName = "Français",
        TimeZoneLabel = "Fuseau horaire",
        TimeZoneName = id => id is "America/Toronto" or "America/Montreal" or "Eastern Standard Time" ? "heure de l’Est (Montréal)" : id,
        WithUsSinceLabel = "Première conversation",
        Unknown = "inconnu",
    };

    public static readonly ProfileTexts English = new()
    {
        MemberLabel = "Your institution (SMQ's member list)",
        OtherInstitution = "Other (name it below)",
        OtherInstitutionNote = "Your institution is not in the list? Choose “Other” and give its name and region: SMQ staff will match it.",

        ProfileCommand = new("profile", "What SmqBot knows about you: role, language, time zone."),
        ProfileTitle = "Your profile",
        MyInstitutionLabel = "My museum institution",
        SaveProfile = "Save",
        ProfileSaved = "Profile saved.",
        NameLabel = "Name",
        RolesLabel = "Role",
        LanguageLabel = "Language",
        LanguageName = "English",
        TimeZoneLabel = "Time zone",
        TimeZoneName = id => id is "America/Toronto" or "America/Montreal" or "Eastern Standard Time" ? "Eastern Time (Montréal)" : id,
        WithUsSinceLabel = "First conversation",
        Unknown = "unknown",
    };
}
