namespace SmqBot.Data.Documents;

/// <summary>The containers, one per aggregate. Each feature adds its own here; all are created on start-up.</summary>
public static class ContainerNames
{
    public const string People = "people";
    public const string Installations = "installations";
    public const string Outbox = "outbox";
    public const string Cohorts = "cohorts";
    public const string Participations = "participations";
    public const string Accompaniments = "accompaniments";
    public const string Calls = "calls";
    public const string Meetings = "meetings";
    public const string Invitations = "invitations";
    /// <summary>Activités ponctuelles and their registrations.</summary>
    public const string Activities = "activities";
    /// <summary>The annual plans, one per fiscal year.</summary>
    public const string Plans = "plans";
    /// <summary>SMQ's member institutions, and member-list imports waiting to be applied.</summary>
    public const string Institutions = "institutions";
    /// <summary>ASP.NET Data Protection's key ring, so that every instance opens the links any of them minted.</summary>
    public const string Keys = "keys";
    /// <summary>Work the instances share out: the outbox's sender lease and the tenant's pause after a 429 (no one's data).</summary>
    public const string Leases = "leases";
    /// <summary>Privacy requests and the access log (Law 25).</summary>
    public const string Privacy = "privacy";

    public static readonly IReadOnlyList<string> All = [People, Installations, Outbox, Cohorts, Participations, Accompaniments, Calls, Meetings, Invitations, Activities, Plans, Institutions, Keys, Leases, Privacy];
}
