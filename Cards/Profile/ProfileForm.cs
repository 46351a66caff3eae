using SmqBot.Cards.Forms;
using SmqBot.Data.Coaching;

namespace SmqBot.Cards.Profile;

/// <summary>What a person sets in `profil`: their museum institution (reports count institutions by it) and its region.</summary>
public sealed record ProfileForm(string Institution, string? Region)
{
    public static class Fields
    {
        public static readonly TextField Institution = new("institution", t => t.MyInstitutionLabel, Data.Coaching.Institution.MaxName, Required: true);
        public static readonly TextField Region = new("region", t => t.RegionLabel, Data.Coaching.Institution.MaxRegion);
    }

    public static FormState Of(Institution? institution) =>
        FormState.Of((Fields.Institution, institution?.Name), (Fields.Region, institution?.Region is { Length: > 0 } r ? r : null));

    public static Bound<ProfileForm> Bind(FormBinder form)
    {
        var institution = Fields.Institution.Read(form);
        var region = Fields.Region.Read(form);
        return form.Result(() => new ProfileForm(institution!, region));
    }
}
