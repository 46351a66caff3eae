namespace SmqBot.Tests.Support;

/// <summary>A Teams user as the activities name them: a Teams user id and an Entra object id.</summary>
public sealed record TestUser(string TeamsId, string AadObjectId, string Name)
{
    public string Upn => $"{AadObjectId.Replace("aad-", "")}@musees.example";

    public static readonly TestUser Staff = new("29:staff", "aad-staff", "Thi-My Truong");
    public static readonly TestUser Expert = new("29:expert", "aad-expert", "Expert Exemple");
    public static readonly TestUser Participant = new("29:participant", "aad-participant", "Participante Exemple");
    public static readonly TestUser Newcomer = new("29:newcomer", "aad-newcomer", "Nouvelle Personne");
    /// <summary>A third member, for stories that need one more person than the roles above.</summary>
    public static readonly TestUser Third = new("29:third", "aad-third", "Troisième Membre");
}
