using SmqBot.Bot.Features.Routing;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>
/// People as staff named them: those SmqBot knows (or Graph found, SmqBot then installing itself for them), and the
/// addresses it does not know yet (invited), some with the reason they cannot be reached (<see cref="Reasons"/>).
/// </summary>
public sealed record Found(IReadOnlyList<Person> Known, IReadOnlyList<string> Invited, IReadOnlyDictionary<string, string> Reasons)
{
    public string? ReasonFor(string email) => Reasons.TryGetValue(email, out var reason) ? reason : null;

    /// <summary>These, with <paramref name="more"/> known people added (each once).</summary>
    public Found With(IEnumerable<Person> more) => this with { Known = [.. Known.Concat(more).DistinctBy(p => p.AadObjectId)] };
}

/// <summary>
/// Someone staff named by address for a course: <see cref="Known"/> to SmqBot (stored, or just found in the tenant's
/// directory), or <see cref="NotKnownYet"/>, only an address until they first install or write. The one type that tells
/// them apart; an accompaniment kept waiting for such a person refers to them by <see cref="PersonRef.Awaiting"/>.
/// </summary>
public abstract record Named
{
    public sealed record Known(Person Person) : Named;
    public sealed record NotKnownYet(string Email) : Named;

    /// <summary>How a course refers to them.</summary>
    public PersonRef Ref => this switch
    {
        Known known => PersonRef.Of(known.Person),
        NotKnownYet waiting => PersonRef.Awaiting(waiting.Email),
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>
/// Finds the people staff name on a card: by address (SmqBot's own people first, then the tenant's directory through
/// Graph, SmqBot then installing itself for them in the background), or picked from a team's roster.
/// </summary>
public sealed class PeopleFinder(PeopleStore people, InstallationStore teams, TeamsAppInstaller installer, TimeProvider time, ILogger<PeopleFinder> logger)
{
    /// <summary>One person named by one address: known (or found in the directory), or not known yet.</summary>
    public async Task<Named> FindAsync(string address, Caller by, CancellationToken ct) =>
        (await FindAsync([address], by, ct)).Known.FirstOrDefault() is { } person ? new Named.Known(person) : new Named.NotKnownYet(InvitationStore.Normal(address));

    /// <summary>
    /// The people behind these addresses (each once). Someone SmqBot does not know is looked up in the tenant's directory
    /// when Graph is configured: found, they are stored and SmqBot installs itself for them in the background
    /// (<see cref="ReachWorker"/>); not found, or in local mode, they are invited.
    /// </summary>
    /// <param name="by">The staff member asking: their activity's service URL and bot address the chats Graph opens.</param>
    public async Task<Found> FindAsync(IEnumerable<string> addresses, Caller by, CancellationToken ct)
    {
        var known = new List<Person>();
        var invited = new List<string>();
        var reasons = new Dictionary<string, string>();
        foreach (var address in addresses.Select(InvitationStore.Normal).Distinct())
        {
            var person = await people.FindByEmailAsync(address, ct) ?? await FromDirectoryAsync(address, by, reasons, ct);
            if (person is null) invited.Add(address);
            else if (known.All(k => k.AadObjectId != person.AadObjectId)) known.Add(person);
        }
        return new Found(known, invited, reasons);
    }

    /// <summary>
    /// People picked from the rosters of <paramref name="teams"/>, by Entra id: stored if new, with how to open a chat with
    /// them (the roster gives their Teams user id), so they are welcomed without installing anything. Null when an id is
    /// on no roster.
    /// </summary>
    public async Task<IReadOnlyList<Person>?> FromRosterAsync(IReadOnlyList<string> ids, IReadOnlyList<TeamInstallation> teams, CancellationToken ct)
    {
        var found = new List<Person>();
        foreach (var id in ids)
        {
            if (teams.SelectMany(t => t.Members.Select(m => (Team: t, Member: m))).FirstOrDefault(x => x.Member.AadObjectId == id) is not { Member: not null } on) return null;
            found.Add(await people.EnsureKnownAsync(new Person
            {
                AadObjectId = on.Member.AadObjectId, TenantId = on.Team.TenantId, Name = on.Member.Name, Email = on.Member.Email, FirstSeen = time.GetUtcNow(),
                Reach = new Data.Outbox.PersonalTarget(on.Member.UserId, on.Member.AadObjectId, on.Team.ServiceUrl, on.Team.BotId),
            }, ct));
        }
        return found;
    }

    private async Task<Person?> FromDirectoryAsync(string address, Caller by, Dictionary<string, string> reasons, CancellationToken ct)
    {
        if (!installer.Enabled) return null;
        var via = by.Reach is { } reach ? (reach.ServiceUrl, reach.BotId) : await teams.ActiveAsync(ct).Select(t => (t.ServiceUrl, t.BotId)).FirstOrDefaultAsync(ct);
        if (via.ServiceUrl is null) return null;
        DirectoryUser? user;
        try
        {
            user = await installer.LookupAsync(address, ct);
        }
        catch (Exception e) when (TeamsAppInstaller.Transient(e) || e is Microsoft.Kiota.Abstractions.ApiException)
        {
            // The directory did not answer: invited, so that they still join when they first come.
            logger.LogWarning(e, "Directory lookup failed; the person is kept as invited");
            return null;
        }
        if (user is null)
        {
            reasons[address] = Unreachable.NotInTenant;
            return null;
        }
        var due = new AppInstall(AppInstallStatus.Installing, Pending: true, time.GetUtcNow().ToUnixTimeMilliseconds(), via.ServiceUrl, via.BotId);
        var stored = await people.EnsureKnownAsync(new Person
        {
            AadObjectId = user.Id, TenantId = by.Person.TenantId, Name = user.Name, Email = address, FirstSeen = time.GetUtcNow(), AppInstall = due,
        }, ct);
        return stored.PersonalConversation is null && stored.AppInstall is null ? await people.UpdateAsync(user.Id, p => p with { AppInstall = due }, ct) : stored;
    }
}
