using System.Text.Json.Nodes;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Meetings;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Meetings;

/// <summary>Meetings without Microsoft Graph (local mode): everyone votes, the meeting is stored and announced without an invite; then the reminder and the follow-ups.</summary>
public sealed class LocalMeetingsTests : IAsyncLifetime
{
    private static readonly TestUser Third = TestUser.Third;
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());
    private string _cohortId = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, Third })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Médiation culturelle", ["start"] = "2026-11-25", ["end"] = "2027-05-31", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}",
        }));
        _cohortId = (await _bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;
        await _bot.TickAsync();
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private Task<JsonObject> ScheduleFormAsync(TestUser who) =>
        _bot.FilledFormAsync(who, "meetings.form", new() { ["cohort"] = _cohortId, ["duration"] = 90, ["from"] = "2026-12-01", ["to"] = "2026-12-11", ["dayStart"] = "09:00", ["dayEnd"] = "12:00" });

    /// <summary>One pass of the background work, without the cohort's check-in rounds, which run on their own cadence meanwhile.</summary>
    private async Task<IReadOnlyList<FakeConnector.Delivery>> TickAsync() =>
        [.. (await _bot.TickAsync()).Where(d => !Buttons(d.Activity["attachments"]![0]!["content"]!).Any(b => b.Verb?.StartsWith("checkin.", StringComparison.Ordinal) == true))];

    private Task<Meeting> MeetingAsync() => _bot.Service<MeetingStore>().OfCohortAsync(_cohortId).SingleAsync().AsTask();

    [Fact]
    public async Task TheExpertSchedulesEveryoneVotesTheMeetingIsAnnouncedWithoutInviteThenRemindedAndFollowedUp()
    {
        var form = await _bot.ExecuteAsync(TestUser.Expert, "meetings.form");
        Assert.Equal("Médiation culturelle", (string?)Inputs(form)["cohort"]["choices"]![0]!["title"]);
        var proposal = await _bot.ExecuteAsync(TestUser.Expert, "meetings.propose", await ScheduleFormAsync(TestUser.Expert));
        Assert.Contains("Mode local : aucun agenda n'est lu, tout le monde vote par sondage.", Text(proposal));
        Assert.Contains("Le sondage se ferme dans 3 jours.", Text(proposal));
        var meeting = await MeetingAsync();
        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], meeting.Slots.Select(s => s.Id));
        Assert.False(meeting.InCalendar);

        // Both members vote (the expert organises); the poll closes after three days and the expert is told.
        var polls = await TickAsync();
        Assert.Equal([Activities.PersonalConversationId(TestUser.Newcomer), Activities.PersonalConversationId(TestUser.Participant)], polls.Select(p => p.ConversationId).Order());
        var ids = new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id };
        var vote = ids.DeepClone().AsObject();
        vote["slots"] = "s1";
        await _bot.ExecuteAsync(TestUser.Participant, "meetings.vote", vote);
        vote["slots"] = "s1,s2";
        Assert.Contains("Votre choix : mardi 1er décembre 2026, de 9 h 00 à 10 h 30 (heure de Montréal) ; mercredi 2 décembre", Text(await _bot.ExecuteAsync(TestUser.Newcomer, "meetings.vote", vote)));
        Assert.Equal(2, (await MeetingAsync()).VotesFor("s1"));
        _bot.Time.Advance(TimeSpan.FromDays(3));
        var closed = Assert.Single(await TickAsync());
        Assert.Equal(Activities.PersonalConversationId(TestUser.Expert), closed.ConversationId);
        Assert.Contains("Le sondage est fermé : choisissez le créneau de la rencontre.", Text(closed.Card("meeting-poll-closed")));
        Assert.Contains("Le sondage est fermé.", Text(await _bot.ExecuteAsync(TestUser.Participant, "meetings.vote", vote)));
        Assert.Empty(await TickAsync());

        // The expert picks Tuesday: stored and announced, and the card says there is no calendar invite.
        var picked = await _bot.ExecuteAsync(TestUser.Expert, "meetings.pick", new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id, ["slot"] = "s1" });
        Assert.Contains("Pas d'invitation dans les agendas (Microsoft Graph n'est pas configuré) : notez la rencontre vous-même.", Text(picked));
        Assert.Equal([("Déplacer", "meetings.rescheduleForm"), ("Annuler la rencontre", "confirm.ask")], Buttons(picked));
        var announced = await TickAsync();
        Assert.Equal(3, announced.Count);   // two members and the expert; no channel
        Assert.DoesNotContain(Buttons(announced[0].Card("meeting-local")), b => b.Verb is "meetings.cancel" or "meetings.rescheduleForm" or "confirm.ask");

        // 24 hours before: a reminder to each; once.
        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 30, 0, TimeSpan.Zero));
        var reminders = await TickAsync();
        Assert.Equal(3, reminders.Count);
        Assert.StartsWith("Rappel : la rencontre a lieu demain.\nRencontre de codéveloppement : Médiation culturelle\nmardi 1er décembre 2026, de 9 h 00 à 10 h 30", Text(reminders[0].Card("meeting-reminder")));
        Assert.Empty(await TickAsync());

        // When it ends: the expert's hours form, filled with the session; each member's question for the field.
        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 15, 45, 0, TimeSpan.Zero));
        var after = await TickAsync();
        Assert.Equal(3, after.Count);
        var hours = after.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Expert)).Card("meeting-hours");
        Assert.Contains("La rencontre est terminée : consignez les heures de la séance.", Text(hours));
        var inputs = Inputs(hours);
        Assert.Equal(($"cohort:{_cohortId}", "2026-12-01", "90", "Rencontre de codéveloppement"),
            ((string?)inputs["for"]["value"], (string?)inputs["date"]["value"], (string?)inputs["minutes"]["value"], (string?)inputs["note"]["value"]));
        var log = ActionData(hours);
        foreach (var (name, input) in inputs) if (input["value"] is { } value) log[name] = value.DeepClone();
        Assert.Contains("1 h 30", Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.log", log)));
        Assert.Equal(90, Assert.Single((await _bot.Service<CohortStore>().FindAsync(_cohortId))!.Hours.Entries).Minutes);

        var question = after.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Participant)).Card("meeting-reflection");
        Assert.Contains("Qu'appliquerez-vous sur le terrain d'ici la prochaine rencontre ?", Plain(Inputs(question)["reflection"]["label"]!.ToString()));
        var answer = ActionData(question);
        answer["reflection"] = "Essayer l'accueil en deux temps avec les groupes scolaires.";
        Assert.Contains("Noté : vous y reviendrez à la prochaine rencontre.", Text(await _bot.ExecuteAsync(TestUser.Participant, "meetings.reflect", answer)));
        var participation = (await _bot.Service<CohortStore>().ReadParticipationAsync(_cohortId, TestUser.Participant.AadObjectId))!.Value;
        Assert.Equal((meeting.Id, "Essayer l'accueil en deux temps avec les groupes scolaires."), (participation.Intentions.Single().MeetingId, participation.Intentions.Single().Text));
        // Kept with their check-ins: the next check-in reminds them of it, just above the question of what they applied.
        Assert.Contains("Après la dernière rencontre, vous comptiez appliquer : « Essayer l'accueil en deux temps avec les groupes scolaires. »",
            Text(await _bot.ExecuteAsync(TestUser.Participant, "checkin.form", new() { ["cohort"] = _cohortId })));
        Assert.Contains("Ce sondage ne vous concerne pas.", Text(await _bot.ExecuteAsync(Third, "meetings.poll", ids)));
        Assert.Contains("Cette rencontre ne vous concerne pas.", Text(await _bot.ExecuteAsync(Third, "meetings.reflect", answer)));
        Assert.Empty(await TickAsync());
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "from", "2026-11-20", "La période doit commencer aujourd'hui ou plus tard." },
        { "to", "2027-01-30", "La période compte au plus 60 jours." },
        { "duration", "10", "La durée va de 15 minutes à 8 heures, par quarts d'heure." },
        { "duration", "495", "La durée va de 15 minutes à 8 heures, par quarts d'heure." },
        { "duration", "100", "La durée va de 15 minutes à 8 heures, par quarts d'heure." },
        { "dayEnd", "23:00", "La journée de travail va de 6 h à 22 h, et la rencontre doit y tenir." },
        { "dayEnd", "10:00", "La journée de travail va de 6 h à 22 h, et la rencontre doit y tenir." },
        { "cohort", "c-inventee", "Choisissez « Cohorte » parmi les choix offerts." },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequestsGetAClearAnswerAndScheduleNothing(string field, string value, string message)
    {
        var form = await ScheduleFormAsync(TestUser.Staff);
        form[field] = value;

        Assert.Contains(message, Text(await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", form)));
        Assert.Empty(await _bot.Service<MeetingStore>().OfCohortAsync(_cohortId).ToListAsync());
        Assert.Empty(await _bot.TickAsync());
    }

    [Fact]
    public async Task MembersAndOtherExpertsDoNotScheduleAndForgedVotesChangeNothing()
    {
        Assert.Contains("Cette commande est réservée au personnel de la SMQ et aux ressources spécialisées.",
            Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "planifier")))));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ et aux ressources spécialisées.",
            Text(await _bot.ExecuteAsync(TestUser.Participant, "meetings.propose", await ScheduleFormAsync(TestUser.Staff))));
        await _bot.GrantAsync(Third, Role.Expert);   // an expert, but not this cohort's
        Assert.Contains("Seuls le personnel de la SMQ et les ressources de la cohorte planifient ses rencontres.",
            Text(await _bot.ExecuteAsync(Third, "meetings.propose", await ScheduleFormAsync(TestUser.Staff))));
        Assert.Empty(await _bot.Service<MeetingStore>().OfCohortAsync(_cohortId).ToListAsync());

        await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await ScheduleFormAsync(TestUser.Staff));
        var meeting = await MeetingAsync();
        Assert.Contains("Je ne reconnais pas cette action.", Text(await _bot.ExecuteAsync(TestUser.Participant, "meetings.vote",
            new JsonObject { ["cohort"] = _cohortId, ["meeting"] = "m-inventee", ["slots"] = "s1" })));
        Assert.Contains("Je ne reconnais pas cette action.", Text(await _bot.ExecuteAsync(TestUser.Participant, "meetings.vote",
            new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id, ["slots"] = "s1,s9" })));
        Assert.Contains("Seuls le personnel de la SMQ et les ressources de la cohorte planifient ses rencontres.", Text(await _bot.ExecuteAsync(Third, "meetings.pick",
            new JsonObject { ["cohort"] = _cohortId, ["meeting"] = meeting.Id, ["slot"] = "s1" })));
        Assert.Equal((MeetingStatus.Polling, 0), ((await MeetingAsync()).Status, (await MeetingAsync()).Votes.Count));
    }
}
