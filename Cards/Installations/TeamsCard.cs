using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Installations;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Installations;

public sealed record TeamsView(IReadOnlyList<TeamInstallation> Teams, DateTimeOffset Now);

/// <summary>For staff: the teams where SmqBot is installed and their channels (where calls can be posted).</summary>
public static class TeamsCard
{
    public static AdaptiveCard Build(TeamsView view, Texts texts) =>
        Card(texts, texts.Teams.TeamsTitle,
            view.Teams.Count == 0
                ? [Title(texts.Teams.TeamsTitle), Paragraph(texts.Teams.NoTeams)]
                : [
                    Title(texts.Teams.TeamsTitle),
                    .. view.Teams.OrderBy(t => t.Name, StringComparer.Create(texts.Culture, ignoreCase: true)).Select(team => new Container(
                    [
                        Heading(team.Name ?? team.TeamId),
                        Note($"{texts.Teams.ChannelCount(team.Channels.Count)} · {texts.Teams.InstalledAgo(texts.Ago(team.InstalledAt, view.Now))}"),
                        Paragraph(string.Join(" · ", team.Channels.Select(texts.Teams.Channel))),
                    ]) { Separator = true }),
                ]);
}
