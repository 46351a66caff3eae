using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Activities;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.OneOffActivities;

/// <summary>
/// An online activity with Graph configured (the real Graph SDK over HTTP to WireMock): the Outlook event is created once,
/// its attendees follow the confirmed places, reminders go out the day before and the hour before, the attendance report
/// proposes who was there, those present evaluate, and the Ministry report's section counts it all.
/// </summary>
public sealed class OnlineActivityTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string Channel = "19:activites@thread.tacv2";
    private readonly FakeGraph _graph = new();
    private readonly BotApp _bot;

    public OnlineActivityTests()
    {
        var settings = BackgroundWork.DrivenByTheTest();
        foreach (var (k, v) in _graph.Settings()) settings[k] = v;
        _bot = new BotApp(settings, services => services.AddSingleton<TokenCredential>(new FakeGraph.Credential()));
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _graph.EventsWork();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (Channel, "Activités")]);
        await _bot.SendAsync(Support.Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Staff, TestUser.Participant, TestUser.Newcomer, TestUser.Third })
            await _bot.SendAsync(Support.Activities.PersonalInstall(_bot.ServiceUrl, user));
        await _bot.Service<PeopleStore>().UpdateAsync(TestUser.Newcomer.AadObjectId, p => p with { Institution = new Institution("Musée de Sept-Îles", "Côte-Nord"), Email = TestUser.Newcomer.Upn });
        await _bot.Service<PeopleStore>().UpdateAsync(TestUser.Participant.AadObjectId, p => p with { Email = TestUser.Participant.Upn });
        await _bot.Service<PeopleStore>().UpdateAsync(TestUser.Third.AadObjectId, p => p with { Email = TestUser.Third.Upn });
        _bot.Connector.Clear();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_bot).DisposeAsync();
        _graph.Dispose();
    }

    private IReadOnlyList<string> LastAttendees() =>
        [.. _graph.Received().Last(r => r.Method == "PATCH").Body!["attendees"]!.AsArray().Select(a => (string)a!["emailAddress"]!["address"]!)];

    private static DateTimeOffset Montreal(int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, 0);
        return new DateTimeOffset(local, SmqBot.Data.Programme.TimeZone.GetUtcOffset(local));
    }

    [Fact]
    public async Task TheEventIsCreatedOnceItsAttendeesFollowThePlacesAndTheAttendanceReportProposesWhoCame()
    {
        var values = ActivitiesTests.Conference(capacity: "2");
        values["kind"] = "Webinar";
        values["format"] = "Online";
        values["place"] = null;
        values["region"] = null;
        values["channel"] = $"{TeamId}|{Channel}";
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "activities.preview", await _bot.FilledFormAsync(TestUser.Staff, "activities.form", values));
        Assert.Contains("Une invitation Outlook arrive dans votre calendrier quand votre place est confirmée.", Text(preview));
        await _bot.ExecuteAsync(TestUser.Staff, "activities.publish", ActionData(preview));
        Assert.Contains("Cette activité est déjà publiée.", Text(await _bot.ExecuteAsync(TestUser.Staff, "activities.publish", ActionData(preview))));
        var id = (string)ActionData(preview)["activity"]!;

        // One event, made with the activity's transaction id and a Teams meeting, and nobody invited yet.
        var created = Assert.Single(_graph.Received(), r => r.Method == "POST");
        Assert.Equal($"/v1.0/users/{FakeGraph.Mailbox}/events", created.Path);
        Assert.Equal((await _bot.Service<ActivityStore>().FindAsync(id))!.TransactionId, (string?)created.Body!["transactionId"]);
        Assert.True((bool)created.Body["isOnlineMeeting"]!);
        Assert.Empty(created.Body["attendees"]!.AsArray());
        Assert.Equal(FakeGraph.JoinUrl, (await _bot.Service<ActivityStore>().FindAsync(id))!.JoinUrl);

        // The attendees are the confirmed people, whatever the order of registrations and cancellations.
        await _bot.ExecuteAsync(TestUser.Participant, "activities.register", new JsonObject { ["activity"] = id });
        var confirmed = await _bot.ExecuteAsync(TestUser.Newcomer, "activities.register", new JsonObject { ["activity"] = id, ["needs"] = "Sous-titres, s'il vous plaît" });
        Assert.Contains(("Rejoindre la réunion", (string?)null), Buttons(confirmed).Select(b => (b.Title, b.Verb)));
        await _bot.ExecuteAsync(TestUser.Third, "activities.register", new JsonObject { ["activity"] = id });
        Assert.Equal([TestUser.Participant.Upn, TestUser.Newcomer.Upn], LastAttendees());
        await _bot.ExecuteAsync(TestUser.Participant, "activities.unregister", new JsonObject { ["activity"] = id, ["confirmed"] = "true" });
        Assert.Equal([TestUser.Newcomer.Upn, TestUser.Third.Upn], LastAttendees());
        await _bot.TickAsync();

        // The day before and the hour before, the confirmed people are reminded in their chat, the link on the second.
        _bot.Time.SetUtcNow(Montreal(12, 9, 14));
        var dayBefore = await _bot.TickAsync();
        Assert.Equal([Support.Activities.PersonalConversationId(TestUser.Newcomer), Support.Activities.PersonalConversationId(TestUser.Third)],
            dayBefore.Select(d => d.ConversationId).Order());
        Assert.StartsWith("Rappel : « Les publics adolescents » a lieu demain", Text(dayBefore[0].Card("activity-reminder")));
        _bot.Time.SetUtcNow(Montreal(12, 10, 12, 5));
        var hourBefore = await _bot.TickAsync();
        Assert.Equal(2, hourBefore.Count);
        Assert.Contains(("Rejoindre la réunion", FakeGraph.JoinUrl), hourBefore[0].Card("activity-reminder")["actions"]!.AsArray().Select(a => ((string)a!["title"]!, (string?)a["url"])));
        Assert.Empty(await _bot.TickAsync());

        // After the end, staff are asked for the attendance; Teams' report says who came.
        _bot.Time.SetUtcNow(Montreal(12, 10, 15, 30));
        var asked = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Support.Activities.PersonalConversationId(TestUser.Staff), asked.ConversationId);
        _graph.AttendanceReport((TestUser.Newcomer.AadObjectId, TestUser.Newcomer.Upn, 6900));
        var attendance = await _bot.ExecuteAsync(TestUser.Staff, "activities.attendance", ActionData(asked.Card("activity-attendance")));
        Assert.Contains("Présences proposées d'après le rapport de participation de la réunion Teams", Text(attendance));
        var toggles = Inputs(attendance);
        Assert.Equal("true", (string?)toggles[$"present-{TestUser.Newcomer.AadObjectId}"]["value"]);
        Assert.Equal("false", (string?)toggles[$"present-{TestUser.Third.AadObjectId}"]["value"]);
        var save = ActionData(attendance);
        foreach (var (input, toggle) in toggles) save[input] = (string?)toggle["value"];
        save[$"present-{TestUser.Participant.AadObjectId}"] = "true";   // not confirmed: ignored
        var saved = await _bot.ExecuteAsync(TestUser.Staff, "activities.attendance.save", save);
        Assert.Contains("Présences enregistrées : 1 sur 2 personnes confirmées.", Text(saved));

        // Only the person present gets the evaluation, and answers it; someone absent cannot.
        var evaluation = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Support.Activities.PersonalConversationId(TestUser.Newcomer), evaluation.ConversationId);
        var answer = ActionData(evaluation.Card("activity-evaluation"));
        answer["satisfaction"] = "4";
        answer["apply"] = "Des visites en petits groupes pour les ados";
        Assert.Contains("Merci : votre avis est enregistré.", Text(await _bot.ExecuteAsync(TestUser.Newcomer, "activities.evaluate", answer)));
        Assert.Contains("Seules les personnes présentes évaluent l'activité.", Text(await _bot.ExecuteAsync(TestUser.Third, "activities.evaluate", answer)));
        var store = _bot.Service<ActivityStore>();
        Assert.Equal((4, "Des visites en petits groupes pour les ados"), ((await store.RegistrationOfAsync(id, TestUser.Newcomer.AadObjectId))!.Evaluation!.Satisfaction, (await store.RegistrationOfAsync(id, TestUser.Newcomer.AadObjectId))!.Evaluation!.Apply));
        Assert.False((await store.RegistrationOfAsync(id, TestUser.Third.AadObjectId))!.Present);

        // The Ministry report's section: one webinar, two places confirmed, one present, one institution and region, 4 out of 5.
        var report = await _bot.Service<SmqBot.Bot.Features.Reports.ReportSource>().BuildAsync("2026-2027", CancellationToken.None);
        Assert.Equal((1, 2, 1, 1, 1, 4.0), (report.Activities.Lines.Count, report.Activities.Registered, report.Activities.Present, report.Activities.Institutions, report.Activities.Regions, report.Activities.AverageSatisfaction));
        Assert.Equal([(ActivityKind.Webinar, 1)], report.Activities.ByKind);
        var card = Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new JsonObject { ["year"] = "2026-2027" }));
        Assert.Contains("Activités ponctuelles\n1 activité tenue, 2 places confirmées\nFormes: Webinaire (1)\nPrésences: 1 sur 2\nPortée: 1 institution, 1 région\nSatisfaction: 4,0 sur 5 (1 évaluation)", card);

        // Thirty days after, the particular needs are gone; the evaluation stays.
        Assert.Equal("Sous-titres, s'il vous plaît", (await store.RegistrationOfAsync(id, TestUser.Newcomer.AadObjectId))!.Needs);
        _bot.Time.SetUtcNow(Montreal(12, 10, 15, 30).AddDays(30));
        await _bot.TickAsync();
        Assert.Null((await store.RegistrationOfAsync(id, TestUser.Newcomer.AadObjectId))!.Needs);
        Assert.NotNull((await store.RegistrationOfAsync(id, TestUser.Newcomer.AadObjectId))!.Evaluation);
        Assert.Equal(1, _graph.Received().Count(r => r.Method == "POST"));
    }
}
