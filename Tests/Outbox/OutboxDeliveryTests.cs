using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Bot.Features.Outbox;
using SmqBot.Cards.Common;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Outbox;

/// <summary>
/// The outbox end to end: messages queued in the store, delivered by the real worker through the real CloudAdapter to
/// the fake Teams connector, which throttles, fails and records like Teams would.
/// </summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:BaseBackoff"] = "00:00:00.100",
        ["Outbox:MaxBackoff"] = "00:00:00.400",
        ["Outbox:MaxAttempts"] = "4",
        ["Outbox:Lease"] = "00:00:02",
        ["Outbox:SenderLease"] = "00:00:03", // renewed every second: a stopped sender is taken over within a few
        ["Outbox:TenantRequestsPerSecond"] = "200",
    };

    private readonly List<BotApp> _apps = [];
    private string _database = "";

    public Task InitializeAsync()
    {
        _database = Path.Combine(Directory.CreateTempSubdirectory("smqbot-outbox-").FullName, "outbox.db");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps) await ((IAsyncLifetime)app).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }

    /// <summary>A bot instance on the shared store; all instances send to the first one's connector.</summary>
    private async Task<BotApp> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(FastRetries) { ["Sqlite:Path"] = _database };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        var app = new BotApp(settings, realTime: true);
        await ((IAsyncLifetime)app).InitializeAsync();
        _ = app.Services; // starts the host, and with it the worker
        _apps.Add(app);
        return app;
    }

    private FakeConnector Connector => _apps[0].Connector;

    private Task<bool> EnqueueAsync(BotApp app, string conversation, string key, string broadcast = "test") =>
        app.Service<Bot.Features.Outbox.OutboxQueue>().ToConversationAsync(key, broadcast,
            new ConversationAddress(Connector.ServiceUrl, "msteams", conversation, Activities.TenantId, Activities.BotId, null),
            ErrorCard.Build(Texts.French, $"Message {key}"));

    private static async Task<OutboxMessage> SettledAsync(BotApp app, string broadcast, string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var stored = await app.Service<OutboxStore>().ReadAsync(broadcast, key);
            if (stored is { Value.Open: false }) return stored.Value;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Message {key} was not settled.");
    }

    [Fact]
    public async Task AThrottledMessageIsNotSentAgainBeforeRetryAfter()
    {
        var app = await StartAsync();
        Connector.Script("19:busy", (429, TimeSpan.FromSeconds(2)));

        await EnqueueAsync(app, "19:busy", "k1");
        var message = await SettledAsync(app, "test", "k1");

        Assert.Equal(DeliveryStatus.Sent, message.Status);
        var attempts = Connector.Attempts.Where(a => a.ConversationId == "19:busy").ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        var waited = Stopwatch.GetElapsedTime(attempts[0].At, attempts[1].At);
        Assert.True(waited >= TimeSpan.FromSeconds(2), $"resent after {waited.TotalMilliseconds} ms");
        Assert.Single(Connector.Deliveries);
    }

    [Fact]
    public async Task ServiceUnavailableIsRetriedAndTheMessageArrivesOnce()
    {
        var app = await StartAsync();
        Connector.Script("19:flaky", (503, null), (502, null), (504, null));

        await EnqueueAsync(app, "19:flaky", "k1");
        var message = await SettledAsync(app, "test", "k1");

        Assert.Equal(DeliveryStatus.Sent, message.Status);
        Assert.Equal(4, message.Attempts);
        Assert.Equal([503, 502, 504, 200], Connector.Attempts.Select(a => a.Status));
        Assert.Single(Connector.Deliveries);
    }

    [Fact]
    public async Task AMessageThatKeepsFailingIsDeadLetteredWithItsReason()
    {
        var app = await StartAsync();
        Connector.Script("19:down", [.. Enumerable.Repeat((503, (TimeSpan?)null), 10)]);

        await EnqueueAsync(app, "19:down", "k1");
        var message = await SettledAsync(app, "test", "k1");

        Assert.Equal(DeliveryStatus.Failed, message.Status);
        Assert.Equal(4, message.Attempts);
        Assert.StartsWith("Abandonné après 4 tentatives / gave up after 4 attempts: 503 ServiceUnavailable", message.LastError);
        Assert.Equal(4, Connector.Attempts.Count);
        Assert.Empty(Connector.Deliveries);
    }

    [Fact]
    public async Task ABotRemovedFromTheConversationFailsAtOnceWithAReadableReason()
    {
        var app = await StartAsync();
        Connector.RemovedFrom["19:gone"] = true;

        await EnqueueAsync(app, "19:gone", "k1");
        var message = await SettledAsync(app, "test", "k1");

        Assert.Equal(DeliveryStatus.Failed, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Equal("403 Forbidden: The bot is not part of the conversation roster.", message.LastError);
    }

    [Fact]
    public async Task TheSameIdempotencyKeyEnqueuedTwiceIsDeliveredOnce()
    {
        var app = await StartAsync();

        Assert.True(await EnqueueAsync(app, "19:once", "checkin:c1:p1:2026-W48"));
        Assert.False(await EnqueueAsync(app, "19:once", "checkin:c1:p1:2026-W48"));
        await SettledAsync(app, "test", "checkin:c1:p1:2026-W48");
        await Task.Delay(300); // a few more polls: nothing else may go out

        Assert.Single(Connector.Deliveries);
    }

    [Fact]
    public async Task APersonalChatIsOpenedForSomeoneTheBotHasNotTalkedToYet()
    {
        var app = await StartAsync();

        await app.Service<Bot.Features.Outbox.OutboxQueue>().ToNewPersonalChatAsync("welcome:29:new", "welcomes", Activities.TenantId,
            new PersonalTarget("29:new", "aad-new", Connector.ServiceUrl, Activities.BotId), ErrorCard.Build(Texts.English, "Hello"));
        var message = await SettledAsync(app, "welcomes", "welcome:29:new");

        Assert.Equal(DeliveryStatus.Sent, message.Status);
        Assert.Equal("a:personal-29:new", message.DeliveredTo);
        var delivery = Assert.Single(Connector.Deliveries);
        Assert.Equal("a:personal-29:new", delivery.ConversationId);
        Assert.Contains("Hello", delivery.Activity.ToJsonString());
    }

    [Fact]
    public async Task AWorkerThatLostItsLeasesWhileWaitingItsTurnLeavesItsMessagesToTheOther()
    {
        // A slow tenant pace and a short message lease: the sender's claims wait longer for their turn than they are reserved.
        var slow = new Dictionary<string, string?> { ["Outbox:TenantRequestsPerSecond"] = "5", ["Outbox:Lease"] = "00:00:01" };
        var first = await StartAsync(slow);
        var second = await StartAsync(slow);
        for (var i = 0; i < 30; i++) await EnqueueAsync(first, $"19:slow{i}", $"slow{i}");
        await Connector.WaitForAsync(5, TimeSpan.FromSeconds(20));
        var (sender, other) = await SenderAsync(first, second);

        // As if the sender's renewals had failed for a while and the other had taken the lease over: from its next
        // renewal on, the sender must send nothing, neither the claims waiting for their turn nor those whose lease lapsed.
        var handedOver = await first.Service<PaceStore>().UpdateAsync(pace => pace! with
        {
            Sender = other.Service<OutboxWorker>().Id, LeaseUntil = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds(),
        });
        Assert.Equal(other.Service<OutboxWorker>().Id, handedOver.Value.Sender);
        var takenOver = DateTimeOffset.UtcNow;

        await Connector.WaitForAsync(30, TimeSpan.FromSeconds(60));
        await Task.Delay(1500); // let any duplicate surface

        Assert.Equal(30, Connector.Deliveries.Count);
        Assert.Equal(30, Connector.Deliveries.Select(d => d.ConversationId).Distinct().Count());
        var sent = new List<OutboxMessage>();
        for (var i = 0; i < 30; i++) sent.Add(await SettledAsync(first, "test", $"slow{i}"));
        var senderId = sender.Service<OutboxWorker>().Id;
        // The lost sender learns it at its next renewal (a third of the lease, one second here) and finishes the one send
        // under way; after that, nothing from it (left alone it would have gone on for the 5 s the rest takes at 5/s).
        Assert.DoesNotContain(sent, m => m.SentBy == senderId && m.SentAt > takenOver.AddSeconds(2));
        Assert.Contains(sent, m => m.SentBy == other.Service<OutboxWorker>().Id);
        Assert.All(sent, m => Assert.Equal(DeliveryStatus.Sent, m.Status));
    }

    [Fact]
    public async Task TwoInstancesOnOneStoreKeepOneTenantPaceAndDeliverFiveHundredMessagesOnce()
    {
        var first = await StartAsync();
        var second = await StartAsync();
        Connector.TenantLimit = 200; // what each instance's pacer allows: two senders at once would be throttled
        for (var i = 0; i < 500; i++) await EnqueueAsync(i % 2 == 0 ? first : second, $"19:c{i}", $"k{i}");

        await Connector.WaitForAsync(500, TimeSpan.FromSeconds(60));
        await Task.Delay(500); // let any duplicate surface

        var deliveries = Connector.Deliveries;
        Assert.Equal(500, deliveries.Count);
        Assert.Equal(500, deliveries.Select(d => d.ConversationId).Distinct().Count());
        Assert.DoesNotContain(Connector.Attempts, a => a.Status == 429);
        var senders = new HashSet<string>();
        for (var i = 0; i < 500; i++) senders.Add((await SettledAsync(first, "test", $"k{i}")).SentBy!);
        var (sender, _) = await SenderAsync(first, second);
        Assert.Equal([sender.Service<OutboxWorker>().Id], senders); // one sender for the tenant
    }

    [Fact]
    public async Task ARetryAfterIsHonouredByTheInstanceThatTakesOver()
    {
        var first = await StartAsync();
        Connector.Script("19:busy", (429, TimeSpan.FromSeconds(6)));
        await EnqueueAsync(first, "19:busy", "k1");
        while (!Connector.Attempts.Any(a => a.Status == 429)) await Task.Delay(20);
        var throttled = Connector.Attempts.Single(a => a.Status == 429).At;
        var throttledAt = DateTimeOffset.UtcNow;
        while ((await first.Service<PaceStore>().ReadAsync())?.Value.BlockedUntil is null or 0) await Task.Delay(20);

        // The instance that was told to wait stops; another takes over (within about two seconds) and must wait too,
        // for every conversation, not only the throttled one.
        await first.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>().StopAsync();
        var second = await StartAsync();
        await EnqueueAsync(second, "19:other", "k2");
        var blocked = DateTimeOffset.FromUnixTimeMilliseconds((await second.Service<PaceStore>().ReadAsync())!.Value.BlockedUntil);
        // Recorded for whoever sends next: Retry-After from when the worker read the 429, which this test may see first.
        Assert.InRange(blocked - throttledAt, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(7));

        Assert.Equal(DeliveryStatus.Sent, (await SettledAsync(second, "test", "k1")).Status);
        Assert.Equal(DeliveryStatus.Sent, (await SettledAsync(second, "test", "k2")).Status);
        var after = Connector.Attempts.Where(a => a.At > throttled).ToList();
        Assert.Equal(2, after.Count(a => a.Status == 200));
        Assert.All(after, a => Assert.True(Stopwatch.GetElapsedTime(throttled, a.At) >= TimeSpan.FromSeconds(5.9),
            $"{a.ConversationId} sent {Stopwatch.GetElapsedTime(throttled, a.At).TotalMilliseconds} ms after the 429"));
        Assert.Equal(second.Service<OutboxWorker>().Id, (await SettledAsync(second, "test", "k2")).SentBy);
    }

    /// <summary>Which of two instances holds the sender lease, and the other.</summary>
    private static async Task<(BotApp Sender, BotApp Other)> SenderAsync(BotApp first, BotApp second)
    {
        var holder = (await first.Service<PaceStore>().ReadAsync())?.Value.Sender;
        return holder == first.Service<OutboxWorker>().Id ? (first, second)
            : holder == second.Service<OutboxWorker>().Id ? (second, first)
            : throw new InvalidOperationException($"Neither instance holds the sender lease ({holder}).");
    }

    [Fact]
    public async Task AWorkerStoppedHalfWayAndStartedAgainDeliversTheRest()
    {
        var first = await StartAsync(new() { ["Outbox:TenantRequestsPerSecond"] = "100" });
        for (var i = 0; i < 200; i++) await EnqueueAsync(first, $"19:c{i}", $"k{i}");
        await Connector.WaitForAsync(80, TimeSpan.FromSeconds(30));

        var worker = first.Service<OutboxWorker>();
        var store = first.Service<OutboxStore>();
        await first.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>().StopAsync();
        var deliveredAtStop = Connector.DeliveryCount;
        Assert.InRange(deliveredAtStop, 80, 199);
        // Claimed by the stopped worker and not recorded: exactly the messages the guarantee allows to go out twice.
        var inFlightAtStop = 0;
        for (var i = 0; i < 200; i++)
            if ((await store.ReadAsync("test", $"k{i}"))!.Value is { Status: DeliveryStatus.Sending } m && m.LeaseOwner == worker.Id)
                inFlightAtStop++;

        var second = await StartAsync(new() { ["Outbox:TenantRequestsPerSecond"] = "400" });
        await Connector.WaitForAsync(200, TimeSpan.FromSeconds(30));
        await Task.Delay(2_500); // past the lease: claimed-but-unrecorded messages were taken over

        Assert.All(Connector.Deliveries, d => Assert.Null((string?)d.Activity["text"])); // cards only: no apology posted to recipients
        var perConversation = Connector.Deliveries.GroupBy(d => d.ConversationId).ToList();
        Assert.Equal(200, perConversation.Count);                                    // none lost
        Assert.True(perConversation.Sum(g => g.Count() - 1) <= inFlightAtStop, $"duplicates beyond the {inFlightAtStop} in flight at stop");
        for (var i = 0; i < 200; i++) Assert.Equal(DeliveryStatus.Sent, (await SettledAsync(second, "test", $"k{i}")).Status);
    }

    [Fact]
    public async Task SendsToOneConversationKeepToTeamsPerConversationLimits()
    {
        var app = await StartAsync();
        Connector.ConversationLimitsOn = true;
        for (var i = 0; i < 10; i++) await EnqueueAsync(app, "19:channel", $"k{i}");

        await Connector.WaitForAsync(10, TimeSpan.FromSeconds(20));

        Assert.DoesNotContain(Connector.Attempts, a => a.Status == 429);
        var times = Connector.Deliveries.Select(d => d.At).Order().ToList();
        // 8 in any 2 s: the 9th send comes at least 2 s after the 1st.
        Assert.True(Stopwatch.GetElapsedTime(times[0], times[8]) >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task StaffSeeWhereABroadcastStandsAndWhyMessagesFailed()
    {
        var app = await StartAsync();
        Connector.RemovedFrom["19:c2"] = true;
        for (var i = 0; i < 3; i++) await EnqueueAsync(app, $"19:c{i}", $"k{i}", "appel:2026-11");
        for (var i = 0; i < 3; i++) await SettledAsync(app, "appel:2026-11", $"k{i}");
        Connector.Clear();

        var luc = new Person
        {
            AadObjectId = "aad-luc", TenantId = Activities.TenantId, Name = "Luc Gagnon",
            PersonalConversation = new ConversationAddress(Connector.ServiceUrl, "msteams", "a:luc", Activities.TenantId, Activities.BotId, "29:luc"),
        };
        await app.Service<Bot.Features.Outbox.OutboxQueue>().ToPersonAsync("welcome-luc", "cohort:c-accueil", luc, ErrorCard.Build(Texts.French, "Bienvenue dans la cohorte «\u00A0Accueil\u00A0»"));
        await SettledAsync(app, "cohort:c-accueil", "welcome-luc");
        Connector.Clear();

        var card = Assert.Single(await app.SendAsync(Activities.Message(app.ServiceUrl, TestUser.Staff, "envois")));
        var text = CardReader.Text(card);
        // Send-outs by what they are about and whom they went to, never by their internal keys.
        Assert.Contains("Message k0 (et 2 autres messages)", text);       // three different messages: not named after one alone
        Assert.Contains("Bienvenue dans la cohorte « Accueil »\nPour : Luc Gagnon", text);
        Assert.DoesNotContain("appel:2026-11", text);
        Assert.DoesNotContain("cohort:c-accueil", text);
        Assert.Contains("2\nEnvoyés\n0\nEn attente\n1\nEn échec", text);
        // The connector's refusal in plain words, in the reader's language; its status kept for whoever looks further.
        Assert.Contains("1: SmqBot ne peut plus écrire dans cette conversation (retiré de l'équipe, ou bloqué par la personne) (403)", text);
        Assert.DoesNotContain("Forbidden", text);

        var refreshed = await app.ExecuteAsync(TestUser.Staff, "deliveries.show", new() { ["broadcast"] = "appel:2026-11" }, "en-US");
        Assert.Contains("2\nSent\n0\nPending\n1\nFailed", CardReader.Text(refreshed));
        // Its details say what the counts do not (each message it holds), and lead back to every send-out.
        Assert.Contains("Messages in this send-out\n1: Message k0\n1: Message k1\n1: Message k2", CardReader.Text(refreshed));
        Assert.Contains(("All send-outs", "deliveries.show"), CardReader.Buttons(refreshed));
        Assert.DoesNotContain(CardReader.Buttons(refreshed), b => b.Title == "Details");

        var forged = await app.ExecuteAsync(TestUser.Staff, "deliveries.show", new() { ["broadcast"] = 42 });
        Assert.Contains("Je ne reconnais pas cette action.", CardReader.Text(forged));
        var unknown = await app.ExecuteAsync(TestUser.Staff, "deliveries.show", new() { ["broadcast"] = "nope" });
        Assert.Contains("Aucun envoi ne s'appelle « nope ».", CardReader.Text(unknown));
        var refused = await app.ExecuteAsync(TestUser.Participant, "deliveries.show", new() { ["broadcast"] = "appel:2026-11" });
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", CardReader.Text(refused));
    }
}
