namespace SmqBot.Data.Installations;

/// <param name="Name">Null for the team's first channel, which Teams names in each reader's language ("Général", "General").</param>
public sealed record TeamChannel(string Id, string? Name)
{
    /// <summary>The team's first channel: no name of its own (documents written before kept Teams' English "General").</summary>
    [System.Text.Json.Serialization.JsonIgnore] public bool IsGeneral => Name is null or "General";
}

/// <summary>Someone in a team's roster: their Teams user id (to open a chat), Entra id, name and address.</summary>
public sealed record RosterMember(string UserId, string AadObjectId, string Name, string? Email);

/// <summary>
/// A team where SmqBot is installed: where staff post calls for applications and where cohorts live.
/// Kept after the app is removed (inactive) so that history and reports still name the team.
/// </summary>
public sealed record TeamInstallation : Privacy.IPersonalRecord<TeamInstallation>
{
    /// <summary>A team's roster names its members (name, address, Teams id), as Teams gave them; erasure takes a member off it.</summary>
    public static Privacy.PersonalDataDeclaration<TeamInstallation> PersonalData { get; } = new()
    {
        People = t => t.Members.Select(m => new Privacy.Reference(m.AadObjectId, Privacy.PersonRole.RosterMember)),
        Export = (t, me) => t.Members.Any(m => m.AadObjectId == me) ? [Privacy.ExportRow.Of("teams", ("team", t.Name), ("role", "RosterMember"))] : [],
        Erase = (t, e) => t with { Members = [.. t.Members.Where(m => !e.Is(m.AadObjectId))] },
    };

    public required string TeamId { get; init; }
    public required string TenantId { get; init; }
    public string? Name { get; init; }
    public required string ServiceUrl { get; init; }
    public required string BotId { get; init; }
    public bool Active { get; init; } = true;
    public DateTimeOffset InstalledAt { get; init; }
    public DateTimeOffset? RemovedAt { get; init; }
    /// <summary>The team's channels; the General channel's id is the team id.</summary>
    public IReadOnlyList<TeamChannel> Channels { get; init; } = [];
    /// <summary>The team's roster when the app was installed (at most <see cref="MaxRoster"/>), kept up to date as people join and leave.</summary>
    public IReadOnlyList<RosterMember> Members { get; init; } = [];

    public const int MaxRoster = 1000;
}
