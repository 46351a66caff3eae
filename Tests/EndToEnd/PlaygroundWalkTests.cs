using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.EndToEnd;

/// <summary>
/// The README's walk, as a newcomer runs it: three Agents Playgrounds at once, started from the repository's own
/// <c>playground/staff.yml</c>, <c>expert.yml</c> and <c>participant.yml</c> (each person their own port and personal
/// chat, as <c>npm run playground:…</c> starts them), against the bot over HTTP with the Development language rule.
/// Staff start an accompaniment for the participant with the expert; each of the two is welcomed in their own chat and
/// nowhere else; the expert logs hours on it from her own chat; staff send a webinar to the participant, who registers
/// from the card in his chat.
/// </summary>
public sealed class PlaygroundWalkTests : IAsyncLifetime
{
    private const string StaffId = "00000000-0000-0000-0000-0000000000a1";   // playground/staff.yml's aadObjectId
    private readonly BotApp _bot = new(new() { ["Smq:Staff:0"] = StaffId, ["Smq:DefaultLanguage"] = "fr" }, realTime: true);
    private Playground _staff = null!, _expert = null!, _participant = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.UseKestrel(Ports.Free());
        _bot.StartServer();
        var endpoint = new Uri(_bot.ClientOptions.BaseAddress, "api/messages").ToString();
        _staff = await Playground.StartAsAsync("staff", endpoint, Ports.Free());
        _expert = await Playground.StartAsAsync("expert", endpoint, Ports.Free());
        _participant = await Playground.StartAsAsync("participant", endpoint, Ports.Free());
    }

    public async Task DisposeAsync()
    {
        foreach (var playground in new[] { _staff, _expert, _participant }) if (playground is not null) await playground.DisposeAsync();
        await ((IAsyncLifetime)_bot).DisposeAsync();
    }

    [Fact]
    public async Task EachPersonHasTheirOwnChatAndTheExpertLogsHoursOnTheAccompaniment()
    {
        // Everyone opens SmqBot: each greeting in its own chat, in French (the playground reports en-US for everyone).
        foreach (var playground in new[] { _staff, _expert, _participant }) await playground.InstallAsync();
        var (staffWelcome, staffCard) = (await _staff.WaitForBotMessagesAsync(1))[0];
        Assert.Contains("Bonjour Thi-My Truong", Text(CardOf(staffCard, "walk-staff-welcome")));
        Assert.Contains("Vous êtes : personnel de la SMQ", Text(CardOf(staffCard, "walk-staff-welcome")));
        Assert.Contains("Bonjour Marie-Ève Tremblay", Text(CardOf((await _expert.WaitForBotMessagesAsync(1))[0].Activity, "walk-expert-welcome")));
        Assert.Contains("Bonjour Luc Gagnon", Text(CardOf((await _participant.WaitForBotMessagesAsync(1))[0].Activity, "walk-participant-welcome")));

        // Staff start an accompaniment from their own chat: Luc coached by Marie-Ève.
        var form = Archive((await _staff.ExecuteAsync(staffWelcome, "coaching.form"))["value"]!.AsObject(), "walk-coaching-form");
        var today = SmqBot.Data.Programme.Today(TimeProvider.System);
        var data = ActionData(form);
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Musée régional de Rimouski", ["region"] = "Bas-Saint-Laurent", ["coached"] = "luc.gagnon@musee-rimouski.example",
            ["expert"] = "marie-eve.tremblay@ressources.example", ["axis"] = "Audiences", ["budget"] = "15",
            ["start"] = today.AddDays(-today.Day + 1).ToString("yyyy-MM-dd"), ["end"] = today.AddMonths(4).ToString("yyyy-MM-dd"),
        }) data[k] = v;
        var saved = Archive((await _staff.ExecuteAsync(staffWelcome, "coaching.save", data))["value"]!.AsObject(), "walk-coaching-saved");
        Assert.Contains("Musée régional de Rimouski · Luc Gagnon", Text(saved));

        // Each is told in their own chat, and only there.
        var (_, coached) = (await _participant.WaitForBotMessagesAsync(2))[1];
        Assert.Equal("smqbot-chat-participant", (string?)coached["conversation"]!["id"]);
        Assert.StartsWith("Votre accompagnement individualisé commence : Musée régional de Rimouski", Text(CardOf(coached, "walk-coached")));
        var (assignedId, assigned) = (await _expert.WaitForBotMessagesAsync(2))[1];
        Assert.Equal("smqbot-chat-expert", (string?)assigned["conversation"]!["id"]);
        Assert.StartsWith("Vous accompagnez le Musée régional de Rimouski", Text(CardOf(assigned, "walk-expert-assigned")));
        await Task.Delay(1000);          // anything else the outbox had for anyone has gone out by now
        Assert.Single(_staff.FromBot());
        Assert.Equal(2, _expert.FromBot().Count);
        Assert.Equal(2, _participant.FromBot().Count);

        // The expert logs an hour on it, from her own chat.
        var hoursForm = Archive((await _expert.ExecuteAsync(assignedId, "hours.form"))["value"]!.AsObject(), "walk-hours-form");
        var choice = Assert.Single(Inputs(hoursForm)["for"]["choices"]!.AsArray());
        Assert.Equal("Musée régional de Rimouski · Luc Gagnon", (string?)choice!["title"]);
        var entry = ActionData(hoursForm);
        entry["for"] = (string)choice["value"]!;
        entry["date"] = today.ToString("yyyy-MM-dd");
        entry["minutes"] = "60";
        entry["kind"] = nameof(WorkKind.Video);
        var logged = Text(Archive((await _expert.ExecuteAsync(assignedId, "hours.log", entry))["value"]!.AsObject(), "walk-hours-logged"));
        Assert.StartsWith("Heures enregistrées", logged);
        Assert.Contains("1 h sur 15 h", logged);
        var stored = await _bot.Service<AccompanimentStore>().OfExpertAsync("00000000-0000-0000-0000-0000000000a2").SingleAsync();
        Assert.Equal(60, stored.UsedMinutes);

        // The README's activity step: Thi-My sends a webinar to Luc; the card reaches his chat and he registers from it.
        var activityForm = Archive((await _staff.ExecuteAsync(staffWelcome, "activities.form"))["value"]!.AsObject(), "walk-activity-form");
        var activity = ActionData(activityForm);
        foreach (var (id, input) in Inputs(activityForm)) if (input["value"] is JsonValue value) activity[id] = value.ToString();
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["kind"] = "Webinar", ["title"] = "Les publics adolescents", ["subject"] = "Médiation culturelle", ["format"] = "Online", ["capacity"] = "2",
            ["description"] = "Ce que les 12-17 ans attendent d'une visite.", ["people"] = "luc.gagnon@musee-rimouski.example",
        }) activity[k] = v;
        var preview = Archive((await _staff.ExecuteAsync(staffWelcome, "activities.preview", activity))["value"]!.AsObject(), "walk-activity-preview");
        var published = Text(Archive((await _staff.ExecuteAsync(staffWelcome, "activities.publish", ActionData(preview)))["value"]!.AsObject(), "walk-activity-published"));
        Assert.Contains("Envoyée à 1 personne.", published);
        var (inviteId, invite) = (await _participant.WaitForBotMessagesAsync(3))[2];
        Assert.Equal("smqbot-chat-participant", (string?)invite["conversation"]!["id"]);
        var card = CardOf(invite, "walk-activity-invite");
        Assert.StartsWith("Les publics adolescents", Text(card));
        var registered = Text(Archive((await _participant.ExecuteAsync(inviteId, "activities.register", ActionData(card)))["value"]!.AsObject(), "walk-activity-registered"));
        Assert.Contains("Votre place est confirmée.", registered);
        Assert.Contains("Pas d'invitation dans le calendrier", registered);
    }

    private static JsonObject CardOf(JsonObject activity, string name) => Archive(activity["attachments"]![0]!["content"]!.AsObject(), name);
}
