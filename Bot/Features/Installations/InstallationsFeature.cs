using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Installations;
using SmqBot.Cards.Model;
using SmqBot.Cards.Welcome;
using SmqBot.Data.Installations;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Installations;

/// <summary>
/// The app being installed and removed: personal scope (welcome the person, keep their personal conversation for
/// proactive messages) and team scope (record the team and its channels, greet in General). Teams may announce one
/// installation twice (installationUpdate and conversationUpdate); the greeting goes out once, to whichever turn
/// made the change.
/// </summary>
public sealed class InstallationsFeature(PeopleStore people, InstallationStore teams, Callers callers, Enrolment.Enrolments enrolment, Microsoft.Extensions.Options.IOptions<Privacy.PrivacyOptions> privacy, TimeProvider time, ILogger<InstallationsFeature> logger) : IFeature
{
    public static readonly CommandInfo TeamsCommand = new("teams", ["equipes", "teams"], t => t.Teams.TeamsCommand, [Role.Staff], InManifest: false) { Order = 110 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(TeamsCommand, ListTeams)];
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Installations.InstallationVerbs.Teams, [Role.Staff], ListTeams)];

    /// <summary>The welcome card when this turn installed the app for the person; null when it was installed already.</summary>
    public async Task<AdaptiveCard?> PersonalInstalledAsync(Contact contact, CancellationToken ct)
    {
        if (contact.AadObjectId.Length == 0)
        {
            // No Entra object id: welcomed, not stored (there is no one to remember).
            var stranger = callers.FromActivity(contact);
            return WelcomeCard.Build(new WelcomeView(contact.Name, stranger.Roles, null, time.GetUtcNow(), privacy.Value.Officer), stranger.Texts);
        }
        var known = await people.FindAsync(contact.AadObjectId, ct);
        await people.RecordContactAsync(contact, known, ct);
        var installedNow = false;
        var person = await people.UpdateAsync(contact.AadObjectId, p =>
        {
            installedNow = !p.PersonalAppInstalled;
            return installedNow ? p with { PersonalAppInstalled = true } : p;
        }, ct);
        // Someone staff invited by this address before SmqBot knew them joins what they were added to, welcomed in their chat.
        var invited = await enrolment.MetAsync(person, ct);
        if (!installedNow) return null;
        // What they were invited to gave them their roles just now: the welcome names those, not "membre de la communauté".
        if (invited) person = await people.FindAsync(contact.AadObjectId, ct) ?? person;
        logger.LogInformation("Personal app installed for a {Role}", Cards.Common.Roles.Main(person.Roles)?.ToString() ?? "guest");
        var caller = callers.For(person, contact.Locale);
        var returning = known is not null && time.GetUtcNow() - person.FirstSeen > TimeSpan.FromDays(1) ? person.FirstSeen : (DateTimeOffset?)null;
        return WelcomeCard.Build(new WelcomeView(person.Name, caller.Roles, returning, time.GetUtcNow(), privacy.Value.Officer), caller.Texts);
    }

    /// <summary>
    /// Someone's first message (without installing, from a group chat or a channel, say), with the profile the connector
    /// gave (<paramref name="contact"/> with their address): recorded, and what they were invited to carried out.
    /// </summary>
    public async Task<Caller> MetAsync(Contact contact, CancellationToken ct)
    {
        var person = await people.RecordContactAsync(contact, await people.FindAsync(contact.AadObjectId, ct), ct);
        await enrolment.MetAsync(person, ct);
        return await callers.IdentifyAsync(contact, ct);
    }

    public async Task PersonalRemovedAsync(string aadObjectId, CancellationToken ct)
    {
        if (aadObjectId.Length == 0 || await people.FindAsync(aadObjectId, ct) is null) return;
        await people.UpdateAsync(aadObjectId, p => p.PersonalAppInstalled ? p with { PersonalAppInstalled = false } : p, ct);
    }

    /// <summary>The greeting for the General channel when this turn installed (or re-installed) the app in the team.</summary>
    public async Task<AdaptiveCard?> TeamInstalledAsync(TeamInstallation installation, CancellationToken ct)
    {
        var (team, activated) = await teams.RecordInstalledAsync(installation, ct);
        if (!activated) return null;
        logger.LogInformation("App installed in a team with {ChannelCount} channels", team.Channels.Count);
        return TeamGreetingCard.Build(team.Name, callers.ChannelTexts);
    }

    public Task RosterChangedAsync(string teamId, RosterMember? joined, string? removedUserId, CancellationToken ct) =>
        teams.UpdateRosterAsync(teamId, joined, removedUserId, ct);

    public Task TeamRemovedAsync(string teamId, CancellationToken ct) => teams.MarkRemovedAsync(teamId, ct);

    public Task ChannelChangedAsync(string teamId, string channelId, string? name, CancellationToken ct) =>
        teams.UpdateChannelAsync(teamId, channelId, name, ct);

    private async Task<Reply> ListTeams(Request request, CancellationToken ct)
    {
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        return TeamsCard.Build(new TeamsView(active, time.GetUtcNow()), request.Caller.Texts);
    }
}
