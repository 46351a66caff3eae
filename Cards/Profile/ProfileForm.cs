using SmqBot.Cards.Forms;
using SmqBot.Data.Coaching;

namespace SmqBot.Cards.Profile;

/// <summary>What a person sets in `profil`: their museum institution (reports count institutions by it) and its region.</summary>
/// <param name="Language">"fr" or "en"; null when the card did not send one (the choice stays as it was).</param>
/// <param name="Institution">Null when left blank: SMQ staff work for no museum institution (the feature asks it of the others).</param>
/// <param name="Member">The member institution picked from SMQ's list (its id), <see cref="Other"/>, or null when the list was not offered.</param>
public sealed record ProfileForm(string? Institution, string? Region, string? Language, string? Member = null)
{
    /// <summary>The choice of an institution that is not on the list (named in the text field, for staff to match later).</summary>
    public const string Other = "other";

    public static class Fields
    {
        public static readonly ChoiceField Member = new("member", t => t.Profile.MemberLabel, Required: false);
        public static readonly TextField Institution = new("institution", t => t.Profile.MyInstitutionLabel, Data.Coaching.Institution.MaxName, Required: false);
        public static readonly RegionField Region = new("region", t => t.Coaching.RegionLabel, Required: false);
        public static readonly ChoiceField Language = new("language", t => t.Profile.LanguageLabel, Required: false);
    }

    /// <summary>The languages SmqBot writes in, by the code stored for a person's choice, each named in itself.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Languages = [("fr", "Français"), ("en", "English")];

    /// <param name="language">The language the person reads now (their choice, or what SmqBot answers them in).</param>
    public static FormState Of(Institution? institution, string language) =>
        FormState.Of((Fields.Member, institution is null ? null : institution.MemberId ?? Other), (Fields.Institution, institution?.MemberId is null ? institution?.Name : null),
            (Fields.Region, institution?.MemberId is null && institution?.Region is { Length: > 0 } r ? r : null), (Fields.Language, language));

    public static Bound<ProfileForm> Bind(FormBinder form)
    {
        var member = Fields.Member.ReadId(form);
        var institution = Fields.Institution.Read(form);
        var region = Fields.Region.Read(form);
        var language = Fields.Language.Read(form, Languages.Select(l => l.Code));
        return form.Result(() => new ProfileForm(institution, region, language, member));
    }
}
