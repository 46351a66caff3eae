using SmqBot.Cards.Common;

namespace SmqBot.Cards.Installations;

/// <summary>`équipes`: the teams SmqBot is installed in (staff). In French and English, composed by <see cref="Texts"/>.</summary>
public sealed record TeamsTexts
{
    public required CommandText TeamsCommand { get; init; }
    public required string TeamsTitle { get; init; }
    public required string NoTeams { get; init; }
    public required Func<int, string> ChannelCount { get; init; }
    public required Func<string, string> InstalledAgo { get; init; }
    /// <summary>The team's first channel, as Teams names it for the reader.</summary>
    public required string GeneralChannel { get; init; }

    public string Channel(Data.Installations.TeamChannel channel) => channel.IsGeneral ? GeneralChannel : channel.Name!;

    public static readonly TeamsTexts French = new()
    {

        TeamsCommand = new("équipes", "Les équipes et canaux où SmqBot est installé."),
        TeamsTitle = "Équipes où SmqBot est installé",
        NoTeams = "SmqBot n’est encore installé dans aucune équipe. Pour l’ajouter\u00a0: dans Teams, ouvrez l’équipe, choisissez «\u00a0Gérer l’équipe\u00a0» › «\u00a0Applications\u00a0» › «\u00a0Obtenir plus d’applications\u00a0», cherchez SmqBot et ajoutez-le\u202f; il dira bonjour dans le canal Général.",
        GeneralChannel = "Général",
        ChannelCount = n => n switch { 0 => "aucun canal", 1 => "1 canal", _ => $"{n} canaux" },
        InstalledAgo = ago => $"installé {ago}",
    };

    public static readonly TeamsTexts English = new()
    {

        TeamsCommand = new("teams", "The teams and channels where SmqBot is installed."),
        TeamsTitle = "Teams where SmqBot is installed",
        NoTeams = "SmqBot is not installed in any team yet. To add it: in Teams, open the team, choose \"Manage team\" › \"Apps\" › \"Get more apps\", find SmqBot and add it; it will say hello in the General channel.",
        GeneralChannel = "General",
        ChannelCount = n => n switch { 0 => "no channel", 1 => "1 channel", _ => $"{n} channels" },
        InstalledAgo = ago => $"installed {ago}",
    };
}
