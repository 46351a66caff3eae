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

    public static readonly TeamsTexts French = new()
    {

        TeamsCommand = new("équipes", "Les équipes et canaux où SmqBot est installé."),
        TeamsTitle = "Équipes où SmqBot est installé",
        NoTeams = "SmqBot n’est encore installé dans aucune équipe.",
        ChannelCount = n => n switch { 0 => "aucun canal", 1 => "1 canal", _ => $"{n} canaux" },
        InstalledAgo = ago => $"installé {ago}",
    };

    public static readonly TeamsTexts English = new()
    {

        TeamsCommand = new("teams", "The teams and channels where SmqBot is installed."),
        TeamsTitle = "Teams where SmqBot is installed",
        NoTeams = "SmqBot is not installed in any team yet.",
        ChannelCount = n => n switch { 0 => "no channel", 1 => "1 channel", _ => $"{n} channels" },
        InstalledAgo = ago => $"installed {ago}",
    };
}
