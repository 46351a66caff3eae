using SmqBot.Bot.Features.Graph;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Meetings;
using SmqBot.Tests.Support;
using WireMock.RequestBuilders;
using Request = WireMock.RequestBuilders.Request;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Meetings;

/// <summary>
/// Meetings scheduled through the real Graph SDK, over HTTP, against WireMock.Net stubs of Graph: free/busy, the poll,
/// the pick, the event's creation with its attendees and times, reschedule, cancel, throttling and failures.
/// </summary>
public sealed class MeetingsTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string CohortChannel = "19:cohorte@thread.tacv2";
    private static readonly TestUser Third = TestUser.Third;
    private readonly FakeGraph _graph = new();
    private readonly BotApp _bot;
    private string _cohortId = null!;

    public MeetingsTests()
    {
        var settings = BackgroundWork.DrivenByTheTest();
        foreach (var (k, v) in _graph.Settings()) settings[k] = v;
        _bot = new BotApp(settings, services => services.AddSingleton<TokenCredential>(new FakeGraph.Credential()));
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (CohortChannel, "Cohorte")]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, Third })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des publics", ["start"] = "2026-11-25", ["end"] = "2027-05-31", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}, {Third.Upn}", ["channel"] = $"{TeamId}|{CohortChannel}",
        }));
        _cohortId = (await _bot.Service<SmqBot.Data.Cohorts.CohortStore>().OpenAsync().SingleAsync()).Id;
        await _bot.TickAsync();
        _bot.Connector.Clear();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_bot).DisposeAsync();
        _graph.Dispose();
    }

    private static DateTimeOffset Montreal(int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, 0);
        return new DateTimeOffset(local, SmqBot.Data.Programme.TimeZone.GetUtcOffset(local));
    }

    /// <summary>The programme's mailbox is busy Monday morning, the expert all Tuesday; the newcomer is a guest; the third member's calendar is not returned.</summary>
    private void UsualCalendars() => _graph.Schedules(new Dictionary<string, (DateTimeOffset, DateTimeOffset)[]>
    {
        [FakeGraph.Mailbox] = [(Montreal(11, 30, 9), Montreal(11, 30, 12))],
        [TestUser.Staff.Upn] = [],
        [TestUser.Expert.Upn] = [(Montreal(12, 1, 8), Montreal(12, 1, 18))],
        [TestUser.Participant.Upn] = [(Montreal(12, 2, 14), Montreal(12, 2, 15))],
    }, TestUser.Newcomer.Upn);

    private Task<JsonObject> ScheduleFormAsync(TestUser who) => _bot.FilledFormAsync(who, "meetings.form", new()
    {
        ["cohort"] = _cohortId, ["duration"] = 90, ["from"] = "2026-11-30", ["to"] = "2026-12-11", ["dayStart"] = "09:00", ["dayEnd"] = "17:00",
    });

    private Task<Meeting> MeetingAsync() => _bot.Service<MeetingStore>().OfCohortAsync(_cohortId).SingleAsync().AsTask();

    [Fact]
    public async Task ProposeFromFreeBusyPollPickThenRescheduleAndCancelTheEvent()
    {
        UsualCalendars();
        _graph.EventsWork();

        var proposal = await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await ScheduleFormAsync(TestUser.Staff));

        // Slots: Monday after the programme's busy morning, then the days everyone readable is free (not Tuesday, the expert's busy day).
        var text = Text(proposal);
        Assert.StartsWith("Rencontre « Accueil des publics » : créneaux proposés", text);
        Assert.Contains("Agendas lus : 4. Personnes qui votent par sondage (agenda non lisible) : 2.", text);
        Assert.Equal(
            ["lundi 30 novembre 2026, de 12 h 00 à 13 h 30 (heure de Montréal)", "mercredi 2 décembre 2026, de 9 h 00 à 10 h 30 (heure de Montréal)",
             "jeudi 3 décembre 2026, de 9 h 00 à 10 h 30 (heure de Montréal)", "vendredi 4 décembre 2026, de 9 h 00 à 10 h 30 (heure de Montréal)",
             "lundi 7 décembre 2026, de 9 h 00 à 10 h 30 (heure de Montréal)"],
            text.Split('\n').Where(l => l.EndsWith("(heure de Montréal)")));
        Assert.Equal(Enumerable.Repeat(("Choisir ce créneau", (string?)"meetings.pick"), 5), Buttons(proposal).Where(b => b.Verb == "meetings.pick"));
        var schedule = Assert.Single(_graph.Received(), r => r.Path == _graph.SchedulePath);
        Assert.Equal($"Bearer {FakeGraph.Token}", schedule.Authorization);
        Assert.Equal([FakeGraph.Mailbox, TestUser.Participant.Upn, TestUser.Newcomer.Upn, Third.Upn, TestUser.Expert.Upn, TestUser.Staff.Upn],
            schedule.Body!["Schedules"]!.AsArray().Select(s => (string)s!));

        // The two whose calendars could not be read get the poll; they vote; someone else cannot.
        var polls = await _bot.TickAsync();
        Assert.Equal([Activities.PersonalConversationId(TestUser.Newcomer), Activities.PersonalConversationId(Third)], polls.Select(p => p.ConversationId).Order());
        var poll = polls[0].Card("meeting-poll");
        Assert.Contains("Rencontre « Accueil des publics » : vos disponibilités", Text(poll));
        Assert.Equal([("Envoyer mes disponibilités", "meetings.vote")], Buttons(poll).Where(b => b.Verb != "meetings.poll"));
        var meeting = await MeetingAsync();
        var ids = new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id };
        var vote = ids.DeepClone().AsObject();
        vote["slots"] = "s1,s3";
        var voted = await _bot.ExecuteAsync(TestUser.Newcomer, "meetings.vote", vote);
        Assert.Contains("Merci : vos disponibilités sont notées.", Text(voted));
        Assert.Contains("Votre choix : lundi 30 novembre 2026, de 12 h 00 à 13 h 30 (heure de Montréal) ; jeudi 3 décembre 2026", Text(voted));
        vote["slots"] = "";
        Assert.Contains("Votre choix : aucun créneau", Text(await _bot.ExecuteAsync(Third, "meetings.vote", vote)));
        Assert.Contains("Ce sondage ne vous concerne pas.", Text(await _bot.ExecuteAsync(TestUser.Participant, "meetings.vote", vote)));
        var tallies = Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.proposal", ids));
        Assert.Contains("lundi 30 novembre 2026, de 12 h 00 à 13 h 30 (heure de Montréal)\nLibres selon les agendas : 4 · votes : 1", tallies);

        // Staff pick Monday: the event is created in the programme's calendar with a Teams meeting.
        var pick = ids.DeepClone().AsObject();
        pick["slot"] = "s1";
        var scheduled = await _bot.ExecuteAsync(TestUser.Staff, "meetings.pick", pick);
        Assert.Contains("Rencontre de codéveloppement : Accueil des publics\nlundi 30 novembre 2026, de 12 h 00 à 13 h 30 (heure de Montréal)\nCommence dans 6 jours", Text(scheduled));
        Assert.Contains(("Rejoindre la réunion Teams", null), Buttons(scheduled));
        Assert.Equal(FakeGraph.JoinUrl, (string?)Walk(scheduled).OfType<JsonObject>().Single(o => (string?)o["type"] == "Action.OpenUrl")["url"]);   // its own row, first in the card
        var created = Assert.Single(_graph.Received(), r => r.Method == "POST" && r.Path.EndsWith("/events")).Body!;
        Assert.Equal(("2026-11-30T12:00:00", "Eastern Standard Time"), ((string)created["start"]!["dateTime"]!, (string)created["start"]!["timeZone"]!));
        Assert.Equal(("2026-11-30T13:30:00", "Eastern Standard Time"), ((string)created["end"]!["dateTime"]!, (string)created["end"]!["timeZone"]!));
        Assert.Equal([TestUser.Expert.Upn, TestUser.Newcomer.Upn, TestUser.Participant.Upn, TestUser.Staff.Upn, Third.Upn],
            created["attendees"]!.AsArray().Select(a => (string)a!["emailAddress"]!["address"]!).Order());
        Assert.Equal((true, "teamsForBusiness"), ((bool)created["isOnlineMeeting"]!, (string)created["onlineMeetingProvider"]!));
        Assert.Equal(meeting.TransactionId, (string?)created["transactionId"]);
        Assert.Equal((MeetingStatus.Scheduled, FakeGraph.EventId, Montreal(11, 30, 12)), ((await MeetingAsync()).Status, (await MeetingAsync()).EventId, (await MeetingAsync()).Start!.Value));

        // Members, the expert and the channel get the meeting card; the poll is closed.
        var announced = await _bot.TickAsync();
        Assert.Equal(5, announced.Count);
        Assert.Contains(announced, d => d.ConversationId == CohortChannel);
        Assert.Contains("L'invitation Outlook, avec le lien Teams, est envoyée aux membres.", Text(announced[0].Card("meeting-announced")));
        vote["slots"] = "s2";
        Assert.Contains("Le sondage est fermé.", Text(await _bot.ExecuteAsync(TestUser.Newcomer, "meetings.vote", vote)));

        // Rescheduled to Wednesday 10:00: the event is moved (PATCH) and everyone is told.
        var move = ids.DeepClone().AsObject();
        move["date"] = "2026-12-02";
        move["time"] = "10:00";
        Assert.Contains("La rencontre est déplacée.", Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.reschedule", move)));
        var patch = Assert.Single(_graph.Received(), r => r.Method == "PATCH").Body!;
        Assert.Equal(("2026-12-02T10:00:00", "2026-12-02T11:30:00"), ((string)patch["start"]!["dateTime"]!, (string)patch["end"]!["dateTime"]!));
        var moved = await _bot.TickAsync();
        Assert.Equal(5, moved.Count);
        Assert.Contains("La rencontre est déplacée.\nRencontre de codéveloppement : Accueil des publics\nmercredi 2 décembre 2026, de 10 h 00 à 11 h 30", Text(moved[0].Card("meeting-moved")));

        // Cancelled: the event is deleted and everyone is told.
        Assert.Contains("La rencontre est annulée.", Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.cancel", ids)));
        Assert.Single(_graph.Received(), r => r.Method == "DELETE" && r.Path.EndsWith($"/events/{FakeGraph.EventId}"));
        var cancelled = await _bot.TickAsync();
        Assert.Equal(5, cancelled.Count);
        Assert.StartsWith("La rencontre est annulée.", Text(cancelled[0].Card("meeting-cancelled")));
        Assert.Equal(MeetingStatus.Cancelled, (await MeetingAsync()).Status);
    }

    [Fact]
    public async Task AThrottledGetScheduleIsRetriedAfterRetryAfter()
    {
        _graph.Server.Given(Request.Create().WithPath(_graph.SchedulePath).UsingPost()).AtPriority(1)
            .InScenario("throttled").WillSetStateTo("retried")
            .RespondWith(FakeGraph.Error(429, "ApplicationThrottled", "Too many requests").WithHeader("Retry-After", "1"));
        UsualCalendars();
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == SmqBot.Bot.Telemetry.SourceName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.DisplayName.StartsWith("graph ", StringComparison.Ordinal)) spans.Enqueue(a); },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        var proposal = await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await ScheduleFormAsync(TestUser.Staff));

        Assert.Contains("Agendas lus : 4.", Text(proposal));
        // One span for the call, the retry inside it; the mailbox in the path is not in the span.
        var schedule = spans.Where(s => (string?)s.GetTagItem(SmqBot.Bot.Features.Graph.GraphTelemetryHandler.OperationTag) == "users/{id}/calendar/getSchedule").ToList();
        Assert.Contains(schedule, s => s.DisplayName == "graph POST users/{id}/calendar/getSchedule" && (int?)s.GetTagItem("http.response.status_code") == 200 && s.Duration >= TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(spans, s => s.DisplayName.Contains('@') || s.TagObjects.Any(t => t.Value?.ToString()?.Contains('@') == true));
        var calls = _graph.Server.LogEntries.Where(e => e.RequestMessage.Path == _graph.SchedulePath).OrderBy(e => e.RequestMessage.DateTime).ToList();
        Assert.Equal([429, 200], calls.Select(c => (int)c.ResponseMessage.StatusCode!));
        Assert.True(calls[1].RequestMessage.DateTime - calls[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(1), "the retry waited for Retry-After");
    }

    [Fact]
    public async Task AFailureAfterTheEventWasCreatedThenARetryMakesOneEvent()
    {
        UsualCalendars();
        // Graph creates the event but the answer is lost (a 500 the SDK does not retry); the organiser tries again.
        _graph.Server.Given(Request.Create().WithPath($"/v1.0/users/{FakeGraph.Mailbox}/events").UsingPost()).AtPriority(1)
            .InScenario("lost answer").WillSetStateTo("created")
            .RespondWith(FakeGraph.Error(500, "generalException", "An internal error occurred."));
        _graph.EventsWork();
        await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await ScheduleFormAsync(TestUser.Staff));
        await _bot.TickAsync();
        var meeting = await MeetingAsync();
        var pick = new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id, ["slot"] = "s2" };

        var failed = await _bot.ExecuteAsync(TestUser.Staff, "meetings.pick", pick);

        Assert.Contains("Microsoft Graph n'a pas pu traiter la demande (500 generalException). Rien n'a changé : réessayez dans quelques minutes.", Text(failed));
        Assert.Equal((MeetingStatus.Polling, (string?)null), ((await MeetingAsync()).Status, (await MeetingAsync()).EventId));
        Assert.Empty(await _bot.TickAsync());   // nothing announced

        var scheduled = await _bot.ExecuteAsync(TestUser.Staff, "meetings.pick", pick);

        Assert.Contains("mercredi 2 décembre 2026, de 9 h 00 à 10 h 30", Text(scheduled));
        var posts = _graph.Received().Where(r => r.Method == "POST" && r.Path.EndsWith("/events")).ToList();
        Assert.Equal(2, posts.Count);
        // Both attempts carry the meeting's transaction id, which is how Graph keeps it to one event.
        Assert.Equal([meeting.TransactionId, meeting.TransactionId], posts.Select(p => (string?)p.Body!["transactionId"]));
        Assert.Equal(FakeGraph.EventId, (await MeetingAsync()).EventId);
        Assert.Equal(5, (await _bot.TickAsync()).Count);   // announced once: three members, the expert, the channel
        Assert.Contains("Cette rencontre ne peut plus changer ainsi.", Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.pick", pick)));
        Assert.Equal(2, _graph.Received().Count(r => r.Method == "POST" && r.Path.EndsWith("/events")));
        Assert.Empty(await _bot.TickAsync());
    }

    [Fact]
    public async Task AGraphRefusalGivesTheOrganiserAClearMessageAndStoresNothing()
    {
        _graph.Server.Given(Request.Create().WithPath(_graph.SchedulePath).UsingPost())
            .RespondWith(FakeGraph.Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."));

        var refused = await _bot.ExecuteAsync(TestUser.Expert, "meetings.propose", await ScheduleFormAsync(TestUser.Expert), "en-US");

        Assert.Contains("Microsoft Graph could not process the request (403 ErrorAccessDenied). Nothing changed: try again in a few minutes.", Text(refused));
        Assert.Empty(await _bot.Service<MeetingStore>().OfCohortAsync(_cohortId).ToListAsync());
        Assert.Empty(await _bot.TickAsync());
    }

    [Fact]
    public async Task AFailedMoveOrCancelChangesNothing()
    {
        UsualCalendars();
        _graph.EventsWork();
        await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await ScheduleFormAsync(TestUser.Staff));
        var meeting = await MeetingAsync();
        var ids = new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id };
        await _bot.ExecuteAsync(TestUser.Staff, "meetings.pick", new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id, ["slot"] = "s1" });
        await _bot.TickAsync();
        _graph.Server.Given(Request.Create().WithPath($"/v1.0/users/{FakeGraph.Mailbox}/events/{FakeGraph.EventId}").UsingAnyMethod()).AtPriority(1)
            .RespondWith(FakeGraph.Error(404, "ErrorItemNotFound", "The specified object was not found in the store."));
        var move = ids.DeepClone().AsObject();
        move["date"] = "2026-12-02";
        move["time"] = "10:00";

        Assert.Contains("(404 ErrorItemNotFound)", Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.reschedule", move)));
        Assert.Equal(Montreal(11, 30, 12), (await MeetingAsync()).Start);
        Assert.Empty(await _bot.TickAsync());

        // An event already gone is what cancelling wants: the meeting is cancelled.
        Assert.Contains("La rencontre est annulée.", Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.cancel", ids)));
        Assert.Equal(MeetingStatus.Cancelled, (await MeetingAsync()).Status);
    }

    [Fact]
    public async Task FreeBusyIsAskedForAtMostTwentyPeopleACall()
    {
        _graph.Schedules(new Dictionary<string, (DateTimeOffset, DateTimeOffset)[]> { [TestUser.Expert.Upn] = [(Montreal(12, 1, 9), Montreal(12, 1, 10))] });
        var emails = Enumerable.Range(1, 44).Select(i => $"membre{i}@musees.example").Append(TestUser.Expert.Upn).ToList();

        var availability = await _bot.Service<Bot.Features.Meetings.GraphCalendar>().ScheduleAsync(emails, Montreal(11, 30, 0), Montreal(12, 12, 0), CancellationToken.None);

        Assert.Equal([20, 20, 5], _graph.Received().Where(r => r.Path == _graph.SchedulePath).Select(r => r.Body!["Schedules"]!.AsArray().Count));
        Assert.Equal(emails, availability.Select(a => a.Email));
        Assert.Equal([(Montreal(12, 1, 9), Montreal(12, 1, 10))], availability[^1].Busy);
        Assert.All(availability.SkipLast(1), a => Assert.Null(a.Busy));   // not in the answer: not readable
    }
}
