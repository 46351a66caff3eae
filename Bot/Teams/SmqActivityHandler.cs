using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SmqBot.Bot.Features.Installations;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Model;
using SmqBot.Data.Installations;

namespace SmqBot.Bot.Teams;

/// <summary>
/// The edge between Teams and the features. It only routes: typed text and card verbs go to the <see cref="Router"/>,
/// installation and channel events to <see cref="InstallationsFeature"/>. Nothing else of the Bot Framework
/// reaches the features, so that moving to another Teams SDK touches only this folder.
/// </summary>
public sealed partial class SmqActivityHandler(Router router, Callers callers, InstallationsFeature installations, EdgeLimits limits,
    Microsoft.Extensions.Options.IOptions<EdgeOptions> edge, ILogger<SmqActivityHandler> logger) : TeamsActivityHandler
{
    /// <summary>In channels and group chats Teams puts "&lt;at&gt;SmqBot&lt;/at&gt;" in the text; commands are read without it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("<at>[^<]*</at>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Mention();

    /// <summary>Every turn is one span (its activity type; the router adds the route) and one duration by route.</summary>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        using var span = Telemetry.StartTurn(turnContext.Activity?.Type);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            if (await AdmitAsync(turnContext, cancellationToken)) await base.OnTurnAsync(turnContext, cancellationToken);
        }
        finally
        {
            Telemetry.TurnEnded(span, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// What the edge decides once the Bot Framework has authenticated the activity, before anything is read or stored:
    /// an activity from a tenant SmqBot does not serve is answered in a sentence and counted, nothing more; a person past
    /// their budget of turns, or of expensive ones, gets the "one moment" card. Both answers are made from the activity alone.
    /// </summary>
    private async Task<bool> AdmitAsync(ITurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var contact = activity.Contact();
        var asked = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
        if (!edge.Value.Serves(contact.TenantId))
        {
            Telemetry.OtherTenantRefused();
            logger.LogInformation("Refused a {ActivityType} activity from a tenant SmqBot does not serve", activity.Type);
            var texts = Cards.Common.Texts.For(ActivityMapping.Locale(activity));
            if (asked) await AnswerAsync(turn, Cards.Common.ErrorCard.Build(texts, texts.Edge.OtherOrganisation), ct);
            return false;
        }
        if (!asked) return true;
        var (text, verb) = Intent(activity);
        var who = contact.AadObjectId is { Length: > 0 } id ? id : "teams:" + activity.From?.Id;
        var withinBudget = limits.TryTurn(who);
        var expensive = withinBudget && router.IsExpensive(text, verb);
        if (withinBudget && (!expensive || limits.TryExpensive(who))) return true;
        Telemetry.Route("busy");
        await AnswerAsync(turn, Cards.Common.BusyCard.Build(callers.FromActivity(contact).Texts, expensive), ct);
        return false;
    }

    /// <summary>
    /// What a message or an invoke asks for: its text (without the mention of the bot), or the verb its card action
    /// carries. The edge's budgets and the routing read it the same way.
    /// </summary>
    private static (string? Text, string? Verb) Intent(Activity activity) => activity.Type == ActivityTypes.Invoke
        ? (null, activity.Value is JObject { } invoke && invoke["action"]?["verb"] is JValue { Type: JTokenType.String } v ? (string?)v : null)
        // An Action.Submit (the fallback of our Action.Execute buttons) arrives as a message whose value carries the verb.
        : activity.Value is JObject value && value[Actions.VerbField] is JValue { Type: JTokenType.String } verb ? (null, (string?)verb)
        : (Mention().Replace(activity.Text ?? "", " "), null);

    /// <summary>A card as the answer: a message, or the invoke's response (in the shape its kind expects).</summary>
    private static async Task AnswerAsync(ITurnContext turn, AdaptiveCard card, CancellationToken ct)
    {
        if (turn.Activity.Type != ActivityTypes.Invoke)
        {
            await turn.SendActivityAsync(card.ToMessage(), ct);
            return;
        }
        object body = turn.Activity.Name == "adaptiveCard/action" ? card.ToInvokeResponse() : Unsupported(turn.Activity.Name, card.FallbackText ?? "");
        await turn.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200, Body = body } }, ct);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        var caller = await IdentifyAsync(turn, ct);
        // A first message: the connector names their address, which may be one staff invited to a cohort or an accompaniment.
        if (caller.FirstTurn && caller.Person.Email is null) caller = await installations.MetAsync(await WithProfileAsync(turn, ct), ct);
        var (text, verb) = Intent((Activity)turn.Activity);
        var card = verb is not null ? await router.OnVerbAsync(caller, verb, ActivityMapping.ToJsonObject(turn.Activity.Value), ct)
            : ActivityMapping.AttachedFile(turn.Activity) is { } file ? await router.OnFileAsync(caller, file, text, ct)
            : await router.OnMessageAsync(caller, text, ct);
        await turn.SendActivityAsync(card.ToMessage(), ct);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turn, CancellationToken ct)
    {
        if (turn.Activity.Name != "adaptiveCard/action")
        {
            // SmqBot declares no task modules, message extensions or configuration pages, so Teams sends no such invoke;
            // one that arrives anyway is answered in its own shape, saying so, instead of the SDK's bare 501.
            var texts = callers.FromActivity(((ITurnContext)turn).Activity.Contact()).Texts;
            return CreateInvokeResponse(Unsupported(turn.Activity.Name, texts.Common.UnknownAction));
        }
        // The SDK answers a malformed adaptiveCard/action (no action, another action type, a verb that is not a string)
        // with a bare 400; the user gets a card that says what happened.
        if (turn.Activity.Value is not JObject value || value["action"] is not JObject action
            || action["type"] is not JValue { Value: "Action.Execute" }
            || action["verb"] is { Type: not (JTokenType.String or JTokenType.Null) })
        {
            var caller = await IdentifyAsync(turn, ct);
            return CreateInvokeResponse((await router.OnVerbAsync(caller, null, null, ct)).ToInvokeResponse());
        }
        return await base.OnInvokeActivityAsync(turn, ct);
    }

    /// <summary>The answer each kind of invoke expects when it shows a message, with <paramref name="message"/> in it.</summary>
    private static object Unsupported(string? name, string message) => name switch
    {
        { } task when task.StartsWith("task/", StringComparison.Ordinal) =>
            new TaskModuleResponse { Task = new TaskModuleMessageResponse(message) },
        { } extension when extension.StartsWith("composeExtension/", StringComparison.Ordinal) =>
            new MessagingExtensionResponse { ComposeExtension = new MessagingExtensionResult { Type = "message", Text = message } },
        { } config when config.StartsWith("config/", StringComparison.Ordinal) =>
            new ConfigResponse<TaskModuleResponseBase> { Config = new TaskModuleMessageResponse(message) },
        _ => new AdaptiveCardInvokeResponse { StatusCode = 400, Type = "application/vnd.microsoft.error", Value = new JObject { ["code"] = "BadRequest", ["message"] = message } },
    };

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invoke, CancellationToken ct)
    {
        var contact = ((ITurnContext)turn).Activity.Contact();
        var verb = invoke.Action?.Verb;
        var data = ActivityMapping.ToJsonObject(invoke.Action?.Data);
        // In a personal chat every card was written for this person, in their language; a channel's card is everyone's.
        var cardLanguage = turn.Activity.Conversation?.ConversationType == "personal"
            && data?[Cards.Model.CardJson.LanguageField] is System.Text.Json.Nodes.JsonValue l && l.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)l : null;
        var caller = router.NeedsProfile(verb) ? await IdentifyAsync(turn, ct) : callers.FromActivity(contact, cardLanguage);
        var card = await router.OnVerbAsync(caller, verb, data, ct);
        return card.ToInvokeResponse();
    }

    /// <summary>
    /// The caller from the activity and the store; when the UPN SmqBot holds for them names staff but is more than a day
    /// old, Teams is asked for it again first, so that a UPN given to someone else since does not keep its rights.
    /// </summary>
    private async Task<Caller> IdentifyAsync(ITurnContext turn, CancellationToken ct)
    {
        var caller = await callers.IdentifyAsync(turn.Activity.Contact(), ct);
        return callers.UpnNeedsCheck(caller.Person) ? await callers.IdentifyAsync(await WithProfileAsync(turn, ct), ct) : caller;
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        await InstalledAsync(turn, ct);

    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        await RemovedAsync(turn, ct);

    /// <summary>
    /// Teams announces an installation with both installationUpdate and conversationUpdate, in no set order and not
    /// always with a locale on both. In personal scope installationUpdate is always sent, so it alone greets (in the
    /// language it carries); conversationUpdate only records the person and where to reach them.
    /// </summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct)
    {
        if (!membersAdded.Any(m => m.Id == turn.Activity.Recipient?.Id))
        {
            // People joining a team SmqBot is in: its roster, for staff picking cohort members, follows.
            if (turn.Activity.TeamsGetTeamInfo()?.Id is { } teamId)
                foreach (var added in membersAdded)
                    try
                    {
                        if (ToMember(await TeamsInfo.GetTeamMemberAsync(turn, added.Id, teamId, ct)) is { } member) await installations.RosterChangedAsync(teamId, member, null, ct);
                    }
                    catch (Exception e) when (e is Microsoft.Rest.HttpOperationException or HttpRequestException or ErrorResponseException)
                    {
                    }
            return;
        }
        if (turn.Activity.TeamsGetTeamInfo()?.Id is null) await callers.IdentifyAsync(((ITurnContext)turn).Activity.Contact(), ct);
        else await InstalledAsync(turn, ct);
    }

    protected override async Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct)
    {
        if (membersRemoved.Any(m => m.Id == turn.Activity.Recipient?.Id)) await RemovedAsync(turn, ct);
        else if (turn.Activity.TeamsGetTeamInfo()?.Id is { } teamId)
            foreach (var removed in membersRemoved) await installations.RosterChangedAsync(teamId, null, removed.Id, ct);
    }

    protected override Task OnTeamsChannelCreatedAsync(ChannelInfo channel, TeamInfo team, ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct) =>
        installations.ChannelChangedAsync(team.Id, channel.Id, channel.Name, ct);

    protected override Task OnTeamsChannelRenamedAsync(ChannelInfo channel, TeamInfo team, ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct) =>
        installations.ChannelChangedAsync(team.Id, channel.Id, channel.Name, ct);

    protected override Task OnTeamsChannelDeletedAsync(ChannelInfo channel, TeamInfo team, ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct) =>
        installations.ChannelChangedAsync(team.Id, channel.Id, null, ct);

    private async Task InstalledAsync(ITurnContext turn, CancellationToken ct)
    {
        var team = turn.Activity.TeamsGetTeamInfo();
        var card = team?.Id is null
            ? await installations.PersonalInstalledAsync(await WithProfileAsync(turn, ct), ct)
            : await installations.TeamInstalledAsync(await TeamAsync(turn, team, ct), ct);
        if (card is not null) await turn.SendActivityAsync(card.ToMessage(), ct);
    }

    /// <summary>
    /// Install activities carry no display name: ask the connector for the member's name and UPN (which also lets
    /// configuration name staff by UPN). Without an answer, the activity's own fields do.
    /// </summary>
    private static async Task<Data.People.Contact> WithProfileAsync(ITurnContext turn, CancellationToken ct)
    {
        var contact = turn.Activity.Contact();
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turn, turn.Activity.From.Id, ct);
            return contact with
            {
                Name = member.Name is { Length: > 0 } name ? name : contact.Name,
                Email = member.UserPrincipalName is { Length: > 0 } upn ? upn : member.Email,
            };
        }
        catch (Exception e) when (e is Microsoft.Rest.HttpOperationException or HttpRequestException or ErrorResponseException)
        {
            return contact;
        }
    }

    private async Task RemovedAsync(ITurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.TeamsGetTeamInfo()?.Id is { } teamId) await installations.TeamRemovedAsync(teamId, ct);
        else await installations.PersonalRemovedAsync(turn.Activity.Contact().AadObjectId, ct);
    }

    private static async Task<TeamInstallation> TeamAsync(ITurnContext turn, TeamInfo team, CancellationToken ct)
    {
        var activity = turn.Activity;
        return new TeamInstallation
        {
            TeamId = team.Id,
            TenantId = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? "",
            Name = team.Name,
            ServiceUrl = activity.ServiceUrl,
            BotId = activity.Recipient?.Id ?? "",
            Channels = await ChannelsAsync(turn, team, ct),
            Members = await RosterAsync(turn, team, ct),
        };
    }

    /// <summary>The team's members from the connector, page by page (at most <see cref="TeamInstallation.MaxRoster"/>); none if it cannot list them.</summary>
    private static async Task<IReadOnlyList<RosterMember>> RosterAsync(ITurnContext turn, TeamInfo team, CancellationToken ct)
    {
        var members = new List<RosterMember>();
        try
        {
            string? continuation = null;
            do
            {
                var page = await TeamsInfo.GetPagedTeamMembersAsync(turn, team.Id, continuation, 500, ct);
                members.AddRange(page.Members.Select(ToMember).OfType<RosterMember>());
                continuation = page.ContinuationToken;
            }
            while (continuation is { Length: > 0 } && members.Count < TeamInstallation.MaxRoster);
        }
        catch (Exception e) when (e is Microsoft.Rest.HttpOperationException or HttpRequestException or ErrorResponseException)
        {
        }
        return [.. members.Take(TeamInstallation.MaxRoster)];
    }

    private static RosterMember? ToMember(TeamsChannelAccount m) =>
        m.Id is { Length: > 0 } && Data.Ids.IsValid(m.AadObjectId)
            ? new RosterMember(m.Id, m.AadObjectId, ActivityMapping.DisplayName(m.Name) ?? m.AadObjectId, m.UserPrincipalName is { Length: > 0 } upn ? upn.ToLowerInvariant() : m.Email?.ToLowerInvariant())
            : null;

    /// <summary>The team's channels from the connector; the General channel alone if the connector cannot list them.</summary>
    private static async Task<IReadOnlyList<TeamChannel>> ChannelsAsync(ITurnContext turn, TeamInfo team, CancellationToken ct)
    {
        try
        {
            var channels = await TeamsInfo.GetTeamChannelsAsync(turn, team.Id, ct);
            return [.. channels.Select(c => new TeamChannel(c.Id, c.Name))];
        }
        catch (Exception e) when (e is Microsoft.Rest.HttpOperationException or HttpRequestException or ErrorResponseException)
        {
            return [new TeamChannel(team.Id, null)];
        }
    }
}
