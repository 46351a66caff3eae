using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Bot.Features.Privacy;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Privacy;

/// <summary>
/// Retention (s. 23 of the Act): once a course has been closed for the retention period (7 years by default), the
/// background pass anonymises its people and their texts, and keeps its figures; a course closed more recently is left
/// alone. Two instances passing at once anonymise it once, consistently; a second pass changes nothing.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly TestUser Third = TestUser.Third;
    private const string OldObstacles = "Mon équipe d'accueil est épuisée en juillet.";
    private const string OldTarget = "Accueillir plus de groupes scolaires";
    private const string Invited = "jamais.venue@musees.example";
    private const string RecentObstacles = "Les travaux ferment l'aile est jusqu'en mai.";
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, Third })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private async Task<string> CohortAsync(string subject, string start, string end, TestUser[] members, string obstacles, string? invited = null)
    {
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = subject, ["start"] = start, ["end"] = end, ["experts"] = TestUser.Expert.Upn, ["members"] = string.Join(", ", members.Select(m => m.Upn).Append(invited).OfType<string>()),
        }));
        var id = (await _bot.Service<CohortStore>().OpenAsync().ToListAsync()).Single(c => c.Subject == subject).Id;
        foreach (var member in members)
        {
            var target = ActionData(await _bot.ExecuteAsync(member, "targets.form", new() { ["cohort"] = id }));
            foreach (var (k, v) in new Dictionary<string, string> { ["what"] = OldTarget, ["indicator"] = "Groupes par mois", ["kind"] = "number", ["baseline"] = "4", ["goal"] = "8", ["due"] = end })
                target[k] = v;
            await _bot.ExecuteAsync(member, "targets.save", target);
            var checkIn = ActionData(await _bot.ExecuteAsync(member, "checkin.form", new() { ["cohort"] = id }));
            checkIn["t_t1"] = "8"; checkIn["confidence"] = "4"; checkIn["obstacles"] = obstacles;
            await _bot.ExecuteAsync(member, "checkin.submit", checkIn);
            await _bot.ExecuteAsync(member, "targets.achieved", new() { ["cohort"] = id, ["target"] = "t1", ["confirmed"] = "true" });
        }
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.close", new() { ["cohort"] = id });
        return id;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task<List<string>> DocumentsAsync()
    {
        var database = _bot.Service<IDocumentDatabase>();
        var all = new List<string>();
        foreach (var name in new[] { ContainerNames.Cohorts, ContainerNames.Participations, ContainerNames.Meetings })
            await foreach (var doc in database.Container(name).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions()))
            {
                foreach (var key in doc.Select(p => p.Key).Where(k => k.StartsWith('_')).ToList()) doc.Remove(key);
                all.Add(doc.ToJsonString(Relaxed));
            }
        return [.. all.Order()];
    }

    [Fact]
    public async Task ACohortClosedSevenYearsAndADayAgoIsAnonymisedOnceOneClosedSixYearsAgoIsNot()
    {
        var old = await CohortAsync("Accueillir les croisiéristes", "2026-11-24", "2027-03-31", [TestUser.Participant, TestUser.Newcomer], OldObstacles, Invited);
        Assert.NotNull(await _bot.Service<SmqBot.Data.People.InvitationStore>().FindAsync(Invited));
        _bot.Time.Advance(TimeSpan.FromDays(366));
        var recent = await CohortAsync("Médiation culturelle", "2027-11-25", "2028-03-31", [Third], RecentObstacles);
        var closedOld = (await _bot.Service<CohortStore>().FindAsync(old))!.ClosedAt!.Value;
        _bot.Time.SetUtcNow(closedOld.AddYears(7).AddDays(1));
        var report = Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" }));
        Assert.Contains("Accueillir les croisiéristes", report);

        // Two instances pass at once: the course is leased to one; the other leaves it.
        var workers = new[] { _bot.Service<RetentionWorker>(), ActivatorUtilities.CreateInstance<RetentionWorker>(_bot.Services) };
        await Task.WhenAll(workers.Select(w => w.RunOnceAsync(CancellationToken.None)));

        // Nothing of its people is left in the course's documents: ids, names, addresses, texts.
        var scan = string.Join("\n", await DocumentsAsync());
        foreach (var member in new[] { TestUser.Participant, TestUser.Newcomer })
            foreach (var trace in new[] { member.AadObjectId, member.Name, member.Upn })
                Assert.DoesNotContain(trace, scan, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(OldObstacles, scan);
        Assert.DoesNotContain(Invited, scan);
        Assert.Null(await _bot.Service<SmqBot.Data.People.InvitationStore>().FindAsync(Invited));   // an invitation nobody took up goes too
        var cohort = (await _bot.Service<CohortStore>().FindAsync(old))!;
        Assert.All(cohort.Members.Concat(cohort.Experts), m => Assert.Equal(("anon-", SmqBot.Data.Privacy.Redaction.AnonymousName), (m.AadObjectId[..5], m.Name)));
        Assert.NotNull(cohort.Retention?.Done);
        Assert.Null(cohort.Retention!.Secret);   // nothing left that links a pseudonym to anyone
        // The same pseudonym in the cohort and in each participation, so the figures read the same.
        foreach (var member in cohort.Members)
            Assert.Equal([SmqBot.Data.Privacy.Redaction.Erased], (await _bot.Service<CohortStore>().ReadParticipationAsync(old, member.AadObjectId))!.Value.CheckIns.Select(c => c.Obstacles));
        Assert.Equal(report, Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" })));

        // The cohort closed six years ago keeps its people; the members' own profiles stay (they may be in other courses).
        Assert.Contains(RecentObstacles, scan);
        Assert.Contains(Third.AadObjectId, scan);
        Assert.Null((await _bot.Service<CohortStore>().FindAsync(recent))!.Retention);
        Assert.NotNull(await _bot.Service<SmqBot.Data.People.PeopleStore>().FindAsync(TestUser.Participant.AadObjectId));

        // Idempotent: another pass (on either instance) finds nothing to do and changes nothing.
        var before = await DocumentsAsync();
        Assert.Equal(0, await _bot.Service<SmqBot.Data.Privacy.PersonalData>().RetentionPassAsync("third", _bot.Time.GetUtcNow().AddYears(-7)));
        await Task.WhenAll(workers.Select(w => w.RunOnceAsync(CancellationToken.None)));
        Assert.Equal(before, await DocumentsAsync());
        // The access log says what the pass did, once.
        Assert.Single(await _bot.Service<SmqBot.Data.Privacy.PrivacyStore>().RecentLogAsync(100), l => l.Action == SmqBot.Data.Privacy.AccessAction.Retention);
    }

    /// <summary>
    /// Issue 26: a delivered message keeps what it said for <c>Privacy:MessageRetentionDays</c> (30), then only that it
    /// went out, which `envois` still counts; access-log lines older than <c>Privacy:AccessLogYears</c> (2) are gone.
    /// </summary>
    [Fact]
    public async Task DeliveredMessagesForgetTheirCardAfterThirtyDaysAndTheAccessLogKeepsTwoYears()
    {
        var id = await CohortAsync("Accueillir les croisiéristes", "2026-11-24", "2027-03-31", [TestUser.Participant], OldObstacles);
        await _bot.TickAsync();
        var outbox = _bot.Service<IDocumentDatabase>().Container(ContainerNames.Outbox);
        async Task<List<SmqBot.Data.Outbox.OutboxMessage>> WelcomesAsync() =>
            await outbox.QueryAsync<SmqBot.Data.Outbox.OutboxMessage>(DocumentQuery.InPartition($"cohort:{id}")).ToListAsync();
        var welcomes = await WelcomesAsync();
        Assert.NotEmpty(welcomes);
        Assert.All(welcomes, m => Assert.Equal((SmqBot.Data.Outbox.DeliveryStatus.Sent, true), (m.Status, m.Card is not null)));
        var privacy = _bot.Service<SmqBot.Data.Privacy.PrivacyStore>();
        await privacy.LogAsync(TestUser.Staff.AadObjectId, SmqBot.Data.Privacy.AccessAction.Download, "report:2026-2027:cohorts");
        var worker = _bot.Service<RetentionWorker>();

        // 29 days on, nothing is forgotten yet.
        _bot.Time.Advance(TimeSpan.FromDays(29));
        await worker.RunOnceAsync(CancellationToken.None);
        Assert.All(await WelcomesAsync(), m => Assert.NotNull(m.Card));

        // 31 days after they were sent: no card left, the send-out still counted.
        _bot.Time.Advance(TimeSpan.FromDays(2));
        await worker.RunOnceAsync(CancellationToken.None);
        Assert.All(await WelcomesAsync(), m => Assert.Equal((SmqBot.Data.Outbox.DeliveryStatus.Sent, null, null), (m.Status, m.Card, m.Text)));
        var summary = await _bot.Service<SmqBot.Data.Outbox.OutboxStore>().SummaryAsync($"cohort:{id}");
        Assert.Equal(welcomes.Count, summary.Sent);
        Assert.Contains("Envois de SmqBot", Text(await _bot.ExecuteAsync(TestUser.Staff, "deliveries.show", new() { ["broadcast"] = $"cohort:{id}" })));

        // Two years and a day after the download, its log line is gone; a recent one stays.
        _bot.Time.Advance(TimeSpan.FromDays(2 * 365 - 31 + 1));
        await privacy.LogAsync(TestUser.Staff.AadObjectId, SmqBot.Data.Privacy.AccessAction.Download, "report:2028-2029:cohorts");
        await worker.RunOnceAsync(CancellationToken.None);
        var lines = await _bot.Service<IDocumentDatabase>().Container(ContainerNames.Privacy)
            .QueryAsync<SmqBot.Data.Privacy.AccessEntry>(DocumentQuery.AcrossPartitions().Where("documentType", "access")).ToListAsync();
        Assert.DoesNotContain(lines, l => l.Subject == "report:2026-2027:cohorts");
        Assert.Contains(lines, l => l.Subject == "report:2028-2029:cohorts");
    }
}
