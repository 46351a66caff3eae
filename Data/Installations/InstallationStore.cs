using SmqBot.Data.Documents;

namespace SmqBot.Data.Installations;

/// <summary>Team installations, one document per team, partitioned by team id.</summary>
public sealed class InstallationStore(IDocumentDatabase database, TimeProvider time)
{
    private readonly IDocumentContainer _teams = database.Container(ContainerNames.Installations);

    public async Task<TeamInstallation?> FindAsync(string teamId, CancellationToken ct = default) =>
        (await _teams.ReadAsync<TeamInstallation>(teamId, teamId, ct))?.Value;

    /// <summary>
    /// Records (or re-activates) an installation with the team's current channel list. <c>Activated</c> says whether
    /// this call made it active, decided on the version actually written, so concurrent announcements agree.
    /// </summary>
    public async Task<(TeamInstallation Team, bool Activated)> RecordInstalledAsync(TeamInstallation installation, CancellationToken ct = default)
    {
        var activated = false;
        var stored = await _teams.UpdateAsync<TeamInstallation>(installation.TeamId, installation.TeamId, current =>
        {
            activated = current is not { Active: true };
            return (current ?? installation) with
            {
                Name = installation.Name ?? current?.Name,
                ServiceUrl = installation.ServiceUrl,
                BotId = installation.BotId,
                Active = true,
                InstalledAt = activated ? time.GetUtcNow() : current!.InstalledAt,
                RemovedAt = null,
                Channels = installation.Channels.Count > 0 ? installation.Channels : current?.Channels ?? [],
                Members = installation.Members.Count > 0 ? installation.Members : current?.Members ?? [],
            };
        }, ct);
        return (stored.Value, activated);
    }

    public async Task<TeamInstallation?> MarkRemovedAsync(string teamId, CancellationToken ct = default)
    {
        if (await FindAsync(teamId, ct) is null) return null;
        return (await _teams.UpdateAsync<TeamInstallation>(teamId, teamId, current =>
            current!.Active ? current with { Active = false, RemovedAt = time.GetUtcNow() } : current, ct)).Value;
    }

    /// <summary>Adds, renames or (with a null name) removes one channel.</summary>
    public async Task<TeamInstallation?> UpdateChannelAsync(string teamId, string channelId, string? name, CancellationToken ct = default)
    {
        if (await FindAsync(teamId, ct) is null) return null;
        return (await _teams.UpdateAsync<TeamInstallation>(teamId, teamId, current =>
        {
            var others = current!.Channels.Where(c => c.Id != channelId);
            return current with { Channels = name is null ? [.. others] : [.. others, new TeamChannel(channelId, name)] };
        }, ct)).Value;
    }

    /// <summary>Someone joined the team (added or updated) or, with <paramref name="removedUserId"/>, left it.</summary>
    public async Task<TeamInstallation?> UpdateRosterAsync(string teamId, RosterMember? joined, string? removedUserId = null, CancellationToken ct = default)
    {
        if (await FindAsync(teamId, ct) is null) return null;
        return (await _teams.UpdateAsync<TeamInstallation>(teamId, teamId, current =>
        {
            var others = current!.Members.Where(m => m.UserId != joined?.UserId && m.UserId != removedUserId);
            return current with { Members = joined is null ? [.. others] : [.. others.Take(TeamInstallation.MaxRoster - 1), joined] };
        }, ct)).Value;
    }

    /// <summary>Active installations: cross-partition, for staff choosing where to post.</summary>
    public IAsyncEnumerable<TeamInstallation> ActiveAsync(CancellationToken ct = default) =>
        _teams.QueryAsync<TeamInstallation>(DocumentQuery.AcrossPartitions().Where("active", true), ct);
}
