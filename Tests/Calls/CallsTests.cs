using System.Text.Json.Nodes;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Calls;

/// <summary>Calls for applications through the handlers: staff compose, preview and post; members apply from the channel card.</summary>
public sealed class CallsTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string Channel = "19:appels@thread.tacv2";
    private static readonly TestUser Third = TestUser.Third;
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (Channel, "Appels")]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private Task<JsonObject> NewCallAsync() => _bot.FilledFormAsync(TestUser.Staff, "calls.form", new()
    {
        ["kind"] = "Cohort", ["titleFr"] = "Cohorte 2027 : accueillir les croisiéristes", ["titleEn"] = "2027 cohort: welcoming cruise passengers",
        ["descriptionFr"] = "Dix personnes, quatre rencontres, une experte en tourisme de croisière.", ["eligibilityFr"] = "Membres reconnus pour leur potentiel touristique.",
        ["places"] = "10", ["deadline"] = "2026-11-29", ["channel"] = $"{TeamId}|{Channel}",
    });

    private async Task<string> PostedCallAsync()
    {
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await NewCallAsync());
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", preview["actions"]![0]!["data"]!.AsObject());
        await _bot.TickAsync();
        return (string)preview["actions"]![0]!["data"]!["call"]!;
    }

    private static JsonObject Application(string callId, string institution = "Musée de Sept-Îles") => new()
    {
        ["call"] = callId, ["institution"] = institution, ["people"] = "Une médiatrice", ["areas"] = "L'accueil des groupes de croisiéristes",
        ["motivation"] = "Les croisières doublent chez nous.", ["commitment"] = "true",
    };

    [Fact]
    public async Task StaffPostACallAndMembersApplyEditAndWithdrawUntilTheDeadline()
    {
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await NewCallAsync());
        Assert.StartsWith("Aperçu : voici l'appel tel qu'il paraîtra dans le canal.\nCohorte 2027 : accueillir les croisiéristes", Text(preview));
        Assert.Equal([("Publier", "calls.post"), ("Modifier", "calls.form")], Buttons(preview));

        // "Modifier" gives the form back, filled with the draft; a new preview replaces the draft (same call).
        var edit = await _bot.ExecuteAsync(TestUser.Staff, "calls.form", ActionData(preview, 1));
        Assert.Equal("Cohorte 2027 : accueillir les croisiéristes", (string?)Inputs(edit)["titleFr"]["value"]);
        Assert.Equal("2026-11-29", (string?)Inputs(edit)["deadline"]["value"]);
        Assert.Equal($"{TeamId}|{Channel}", (string?)Inputs(edit)["channel"]["value"]);
        var changed = ActionData(edit);
        foreach (var (input, field) in Inputs(edit)) changed[input] = field["value"]?.ToString();
        changed["places"] = "12";
        preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", changed);
        Assert.Equal((string?)ActionData(preview)["call"], (string?)ActionData(edit)["nonce"] is { } nonce ? $"call-{nonce}" : null);
        Assert.Equal(12, (await _bot.Service<CallStore>().FindAsync((string)ActionData(preview)["call"]!))!.Places);
        var posted = await _bot.ExecuteAsync(TestUser.Staff, "calls.post", preview["actions"]![0]!["data"]!.AsObject());
        Assert.Contains("Publié dans le canal.", Text(posted));

        var delivery = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Channel, delivery.ConversationId);
        var card = delivery.Card("call");
        Assert.Contains("Date limite: dimanche 29 novembre 2026 à 23 h 59 (dans 5 jours)", Text(card));
        Assert.Contains("Candidatures: Aucune candidature pour l'instant", Text(card));
        Assert.Equal([("Postuler", "calls.apply")], Buttons(card).Where(b => b.Verb != "calls.view"));
        Assert.Equal("calls.view", (string?)card["refresh"]!["action"]!["verb"]);
        var id = (string)card["actions"]![0]!["data"]!["call"]!;

        var form = await _bot.ExecuteAsync(TestUser.Participant, "calls.apply", new() { ["call"] = id });
        Assert.StartsWith("Ma candidature", Text(form));
        var mine = await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", Application(id));
        Assert.Contains("Votre candidature est envoyée.", Text(mine));
        Assert.Contains("1 candidature", Text(mine));
        Assert.Equal([("Modifier ma candidature", "calls.apply"), ("Retirer", "confirm.ask")], Buttons(mine).Where(b => b.Verb != "calls.view"));
        await _bot.ExecuteAsync(TestUser.Newcomer, "calls.submit", Application(id, "Musée de la Côte-Nord"));
        await _bot.ExecuteAsync(Third, "calls.submit", Application(id, "Troisième musée"));
        await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", Application(id, "Musée régional de Sept-Îles"));   // an edit
        var withdrawn = await _bot.ExecuteAsync(Third, "calls.withdraw", new() { ["call"] = id });
        Assert.Contains("Vous avez retiré votre candidature.", Text(withdrawn));

        var staffView = await _bot.ExecuteAsync(TestUser.Staff, "calls.view", new() { ["call"] = id }, "en-US");
        Assert.Contains("Applications: 2 applications", Text(staffView));
        Assert.StartsWith("2027 cohort: welcoming cruise passengers", Text(staffView));
        var edited = await _bot.Service<CallStore>().ApplicationOfAsync(id, TestUser.Participant.AadObjectId);
        Assert.Equal(("Musée régional de Sept-Îles", ApplicationStatus.Submitted), (edited!.Institution, edited.Status));

        _bot.Time.Advance(TimeSpan.FromDays(6));
        var closed = await _bot.ExecuteAsync(TestUser.Newcomer, "calls.view", new() { ["call"] = id });
        Assert.Contains("Cet appel est fermé : il ne reçoit plus de candidatures.", Text(closed));
        Assert.DoesNotContain(Buttons(closed), b => b.Verb != "calls.view");
        var late = await _bot.ExecuteAsync(TestUser.Expert, "calls.submit", Application(id, "En retard"));
        Assert.Contains("Cet appel est fermé", Text(late));
        Assert.Null(await _bot.Service<CallStore>().ApplicationOfAsync(id, TestUser.Expert.AadObjectId));
    }

    public static TheoryData<string, string, string> BadCalls => new()
    {
        { "titleFr", "", "Indiquez « Titre (français) »." },
        { "descriptionFr", new string('d', 2001), "« Description (français) » dépasse 2 000 caractères." },
        { "deadline", "2026-11-24", "La date limite doit être après aujourd'hui." },
        { "channel", "19:autre|19:x", "Indiquez « Canal de publication »." },
        { "places", "0", "« Places » attend un nombre de 1 à 100." },    // not the targets' "a number, or 1 to 5 on a scale"
        { "kind", "Forum", "Choisissez « Pour » parmi les choix offerts." },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task BadCallsGetAClearAnswerAndSaveNothing(string field, string value, string message)
    {
        var call = await NewCallAsync();
        call[field] = value;

        Assert.Contains(message, Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", call)));
        await foreach (var _ in _bot.Service<CallStore>().RecentAsync(10)) Assert.Fail("a call was saved");
    }

    public static TheoryData<string, string?, string> BadApplications => new()
    {
        { "institution", "", "Indiquez « Institution muséale »." },
        { "motivation", new string('m', 2001), "« Votre motivation » dépasse 2 000 caractères." },
        { "commitment", "false", "Le programme demande cet engagement pour poser sa candidature." },
        { "call", "call-inventé", "Je ne reconnais pas cette action." },
    };

    [Theory]
    [MemberData(nameof(BadApplications))]
    public async Task BadApplicationsGetAClearAnswerAndChangeNothing(string field, string? value, string message)
    {
        var id = await PostedCallAsync();
        var application = Application(id);
        application[field] = value;

        Assert.Contains(message, Text(await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", application)));
        Assert.Null(await _bot.Service<CallStore>().ApplicationOfAsync(id, TestUser.Participant.AadObjectId));
    }

    [Fact]
    public async Task StaffEditAPostedCallAndTheChannelsCardIsUpdatedInPlace()
    {
        var id = await PostedCallAsync();
        var post = _bot.Connector.Deliveries.Single(d => d.ConversationId == Channel);
        var list = await _bot.ExecuteAsync(TestUser.Staff, "calls.show");
        Assert.Equal(["Candidatures", "Modifier", "Fermer l'appel"], Buttons(list).Where(b => b.Verb is not "calls.form" || b.Title == "Modifier").Select(b => b.Title).Take(3));

        var form = await _bot.ExecuteAsync(TestUser.Staff, "calls.form", Walk(list).OfType<JsonObject>().First(o => (string?)o["title"] == "Modifier")["data"]!.AsObject());
        Assert.StartsWith("Modifier l'appel\nLa carte publiée dans Développement professionnel › Appels sera mise à jour.", Text(form));
        Assert.Equal("Cohorte 2027 : accueillir les croisiéristes", (string?)Inputs(form)["titleFr"]["value"]);
        Assert.False(Inputs(form).ContainsKey("channel") || Inputs(form).ContainsKey("kind"));
        Assert.Equal([("Enregistrer et mettre à jour le canal", "calls.update"), ("Annuler", "calls.show")], Buttons(form));
        var english = await _bot.ExecuteAsync(TestUser.Staff, "calls.form", new() { ["call"] = id }, "en-US");
        Assert.StartsWith("Edit the call\nThe card posted in Développement professionnel › Appels will be updated.", Text(english));
        Assert.Equal([("Save and update the channel", "calls.update"), ("Cancel", "calls.show")], Buttons(english));

        // Card data is the user's: a kind and a channel slipped into it change nothing.
        var sent = ActionData(form);
        foreach (var (input, field) in Inputs(form)) sent[input] = field["value"]?.ToString();
        sent["titleFr"] = "Cohorte 2027 : accueillir les croisiéristes (prolongé)";
        sent["deadline"] = "2026-12-05";
        sent["places"] = "8";
        sent["kind"] = "Coaching";
        sent["channel"] = $"{TeamId}|19:autre@thread.tacv2";

        var past = await _bot.ExecuteAsync(TestUser.Staff, "calls.update", new JsonObject(sent.Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone()))) { ["deadline"] = "2026-11-20" });
        Assert.Equal("La date limite doit être après aujourd'hui.", Plain((string)Inputs(past)["deadline"]["errorMessage"]!));
        Assert.Equal("Cohorte 2027 : accueillir les croisiéristes (prolongé)", (string?)Inputs(past)["titleFr"]["value"]);
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "calls.update", sent)));
        Assert.Equal("Cohorte 2027 : accueillir les croisiéristes", (await _bot.Service<CallStore>().FindAsync(id))!.TitleFr);
        Assert.Empty(await _bot.TickAsync());

        var saved = await _bot.ExecuteAsync(TestUser.Staff, "calls.update", sent);
        Assert.StartsWith("Appel modifié ; la carte du canal est mise à jour.\nAppels de candidatures", Text(saved));
        var stored = (await _bot.Service<CallStore>().FindAsync(id))!;
        Assert.Equal(("Cohorte 2027 : accueillir les croisiéristes (prolongé)", 8, CallKind.Cohort, Channel),
            (stored.TitleFr, stored.Places, stored.Kind, stored.PostedTo!.ConversationId));

        var update = Assert.Single(await _bot.TickAsync());
        Assert.Equal(("update", Channel, post.ActivityId), (update.Method, update.ConversationId, update.ActivityId));
        var card = update.Card("call-updated");
        Assert.StartsWith("Cohorte 2027 : accueillir les croisiéristes (prolongé)", Text(card));
        Assert.Contains("Date limite: samedi 5 décembre 2026 à 23 h 59 (dans 11 jours)", Text(card));
        Assert.Contains("Cohorte de codéveloppement · 8 places", Text(card));
    }

    [Fact]
    public async Task AnEditMadeBeforeThePostWentOutWaitsForItThenUpdatesIt()
    {
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await NewCallAsync());
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", preview["actions"]![0]!["data"]!.AsObject());
        var id = (string)ActionData(preview)["call"]!;
        var form = await _bot.ExecuteAsync(TestUser.Staff, "calls.form", new() { ["call"] = id });
        var sent = ActionData(form);
        foreach (var (input, field) in Inputs(form)) sent[input] = field["value"]?.ToString();
        sent["places"] = "6";
        var editedAt = _bot.Time.GetUtcNow();
        await _bot.ExecuteAsync(TestUser.Staff, "calls.update", sent);

        // Teams refuses the post three times: the update waits for it, poll after poll, without spending its attempts.
        _bot.Connector.Script(Channel, (503, null), (503, null), (503, null));
        var all = new List<FakeConnector.Delivery>();
        for (var tick = 0; tick < 12 && all.Count < 2; tick++)
        {
            all.AddRange(await _bot.TickAsync());
            _bot.Time.Advance(TimeSpan.FromSeconds(5));
        }
        Assert.Equal(["reply", "update"], all.Select(d => d.Method));
        Assert.Equal(all[0].ActivityId, all[1].ActivityId);
        Assert.Contains("Cohorte de codéveloppement · 6 places", Text(all[1].Card("call-updated")));
        var outbox = _bot.Service<SmqBot.Data.Outbox.OutboxStore>();
        var posted = (await outbox.ReadAsync($"call:{id}", $"call-post:{id}"))!.Value;
        var updated = (await outbox.ReadAsync($"call:{id}", $"call-edit:{id}:{editedAt.ToUnixTimeMilliseconds()}"))!.Value;
        Assert.Equal((4, SmqBot.Data.Outbox.DeliveryStatus.Sent, all[0].ActivityId), (posted.Attempts, posted.Status, posted.ActivityId));
        Assert.Equal((1, SmqBot.Data.Outbox.DeliveryStatus.Sent, all[0].ActivityId), (updated.Attempts, updated.Status, updated.ActivityId));
    }

    [Fact]
    public async Task StaffCloseACallEarlyAfterConfirmingAndItTakesNoMoreApplications()
    {
        var id = await PostedCallAsync();
        var list = await _bot.ExecuteAsync(TestUser.Staff, "calls.show");
        var close = Walk(list).OfType<JsonObject>().First(o => (string?)o["title"] == "Fermer l’appel")["data"]!.AsObject();

        var question = await _bot.ExecuteAsync(TestUser.Staff, "confirm.ask", close);
        Assert.StartsWith("Fermer cet appel maintenant", Text(question));
        Assert.True((await _bot.Service<CallStore>().FindAsync(id))!.IsOpen(_bot.Time.GetUtcNow()));

        var closed = await _bot.ExecuteAsync(TestUser.Staff, "calls.close", ActionData(question));
        Assert.StartsWith("Appel fermé", Text(closed));
        Assert.DoesNotContain(Buttons(closed), b => b.Title == "Fermer l'appel");
        Assert.Contains("Cet appel est fermé", Text(await _bot.ExecuteAsync(Third, "calls.submit", Application(id))));
        Assert.Null(await _bot.Service<CallStore>().ApplicationOfAsync(id, Third.AadObjectId));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "calls.close", new() { ["call"] = id })));
    }

    [Fact]
    public async Task OnlyStaffComposeAndPostCalls()
    {
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "calls.preview", await NewCallAsync())));
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await NewCallAsync());
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, "calls.post", preview["actions"]![0]!["data"]!.AsObject())));
        Assert.Empty(await _bot.TickAsync());
    }

    /// <summary>A cohort under way, made by staff from the card, with the expert and the third member in it.</summary>
    private async Task<string> CohortAsync()
    {
        foreach (var user in new[] { TestUser.Expert, Third }) await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueillir les croisiéristes", ["start"] = "2027-01-11", ["end"] = "2027-05-31",
            ["experts"] = TestUser.Expert.Upn, ["members"] = Third.Upn,
        }));
        await _bot.TickAsync();
        return (await _bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;
    }

    [Fact]
    public async Task StaffSelectOneIntoACohortDeclineOneAndBothApplicantsAreTold()
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer));  // one has a personal chat, the other applied from the channel only
        var cohortId = await CohortAsync();
        _bot.Connector.Clear();
        var id = await PostedCallAsync();
        await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", Application(id));
        await _bot.ExecuteAsync(TestUser.Newcomer, "calls.submit", Application(id, "Musée de la Côte-Nord"));
        _bot.Time.Advance(TimeSpan.FromDays(6));   // staff decide after the deadline

        var review = await _bot.ExecuteAsync(TestUser.Staff, "calls.review", new() { ["call"] = id });
        Assert.Contains("Participante Exemple · Musée de Sept-Îles\nreçue", Text(review));
        Assert.Contains("Nouvelle Personne · Musée de la Côte-Nord\nreçue", Text(review));
        Assert.Contains("Aucune candidature ici.", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.review", new() { ["call"] = id, ["filter"] = "Selected" })));

        var opened = await _bot.ExecuteAsync(TestUser.Staff, "calls.application", new() { ["call"] = id, ["person"] = TestUser.Participant.AadObjectId });
        Assert.Contains("Votre motivation: Les croisières doublent chez nous.", Text(opened));
        Assert.Equal([("Retenir", "calls.select"), ("Refuser", "confirm.ask")], Buttons(opened));
        var cohortChoice = Inputs(opened)["cohort"];
        Assert.Equal("Cohorte où inscrire la personne retenue", (string?)cohortChoice["label"]);
        Assert.Equal(cohortId, (string?)cohortChoice["value"]);   // the only cohort under way, chosen already
        var select = ActionData(opened);
        select["cohort"] = cohortId;
        select["message"] = "Première rencontre le 12 janvier.";
        var selected = await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select);
        Assert.Contains("Statut: retenue", Text(selected));
        Assert.Contains("Inscrite à la cohorte « Accueillir les croisiéristes ».", Text(selected));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.",
            Text(await _bot.ExecuteAsync(TestUser.Expert, "calls.decline", new() { ["call"] = id, ["person"] = TestUser.Newcomer.AadObjectId })));
        await _bot.ExecuteAsync(TestUser.Staff, "calls.decline", new() { ["call"] = id, ["person"] = TestUser.Newcomer.AadObjectId });
        Assert.Contains("Cette entrée a déjà été traitée.", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.decline", select)));

        // The selection is a cohort membership: in the cohort, with a participation for targets and check-ins, and the role.
        var cohort = await _bot.Service<CohortStore>().FindAsync(cohortId);
        Assert.Equal([Third.AadObjectId, TestUser.Participant.AadObjectId], cohort!.Members.Select(m => m.AadObjectId));
        var participation = (await _bot.Service<CohortStore>().ReadParticipationAsync(cohortId, TestUser.Participant.AadObjectId))!.Value;
        Assert.Equal(("Accueillir les croisiéristes", true), (participation.CourseTitle, participation.CourseOpen));
        Assert.Contains(Role.Participant, (await _bot.Service<PeopleStore>().FindAsync(TestUser.Participant.AadObjectId))!.Roles);
        Assert.Null(await _bot.Service<CohortStore>().ReadParticipationAsync(cohortId, TestUser.Newcomer.AadObjectId));

        var told = await _bot.TickAsync();
        var toSelected = told.Where(d => d.ConversationId == "a:personal-29:participant").Select(d => Text(d.Card("decision"))).ToList();  // a personal chat opened for them
        Assert.Equal(2, toSelected.Count);
        Assert.Contains(toSelected, t => t.Contains("Bonne nouvelle : votre candidature est retenue.\nPremière rencontre le 12 janvier."));
        Assert.Contains(toSelected, t => t.Contains("Accueillir les croisiéristes"));   // and the cohort's welcome
        var declined = told.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Newcomer)).Card("decision");
        Assert.Contains("Votre candidature n'a pas été retenue cette fois-ci.", Text(declined));
        Assert.Equal(3, told.Count);
    }

    [Fact]
    public async Task ASelectionNeedsACohortUnderWayAndChangesNothingWithout()
    {
        var id = await PostedCallAsync();
        await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", Application(id));
        var opened = await _bot.ExecuteAsync(TestUser.Staff, "calls.application", new() { ["call"] = id, ["person"] = TestUser.Participant.AadObjectId });
        Assert.Contains("Aucune cohorte en cours : créez-la avec « cohortes » avant de retenir une candidature.", Text(opened));

        var select = ActionData(opened);
        Assert.Contains("Indiquez « Cohorte où inscrire la personne retenue ».", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));
        select["cohort"] = "c-inventee";
        Assert.Contains("Indiquez « Cohorte où inscrire la personne retenue ».", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));

        Assert.Equal(ApplicationStatus.Submitted, (await _bot.Service<CallStore>().ApplicationOfAsync(id, TestUser.Participant.AadObjectId))!.Status);
        Assert.Empty(await _bot.TickAsync());
    }

    [Fact]
    public async Task ACoachingSelectionBecomesAnAccompanimentWithItsExpert()
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Expert));
        var form = await NewCallAsync();
        form["kind"] = "Coaching";
        form["titleFr"] = "Accompagnement individuel 2027";
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", form);
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", preview["actions"]![0]!["data"]!.AsObject());
        var id = (string)preview["actions"]![0]!["data"]!["call"]!;
        var application = Application(id);
        Assert.Contains("Indiquez « Axe ».", Text(await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", application)));
        application["axis"] = "Audiences";
        application["areas"] = "Accueillir les croisiéristes\nMesurer la satisfaction";
        await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", application);
        _bot.Connector.Clear();
        await _bot.TickAsync();

        // The applicant's museum is not on the member list as recognised for its tourism potential: staff are told, and decide.
        var flagged = await _bot.ExecuteAsync(TestUser.Staff, "calls.application", new() { ["call"] = id, ["person"] = TestUser.Participant.AadObjectId });
        Assert.Contains("À vérifier : cette institution ne figure pas sur la liste des membres comme reconnue pour son potentiel touristique.", Text(flagged));
        await _bot.Service<SmqBot.Data.Institutions.MemberStore>().SaveAsync(new SmqBot.Data.Institutions.MemberInstitution
            { Id = SmqBot.Data.Institutions.MemberInstitution.IdOf("Musée de Sept-Îles"), Name = "Musée de Sept-Îles", Region = "Côte-Nord", TourismPotential = true });

        var opened = await _bot.ExecuteAsync(TestUser.Staff, "calls.application", new() { ["call"] = id, ["person"] = TestUser.Participant.AadObjectId });
        Assert.DoesNotContain("À vérifier", Text(opened));
        Assert.Contains("Pour retenir cette candidature, précisez l'accompagnement", Text(opened));
        var inputs = Inputs(opened);
        Assert.Equal(15, (double?)inputs["budget"]["value"]);
        var select = ActionData(opened);
        foreach (var (name, input) in inputs) if (input["value"] is { } value) select[name] = value.DeepClone();
        Assert.Contains("Indiquez « Ressource spécialisée (courriel) ».", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));
        select["expert"] = "pas-une-adresse";
        Assert.Contains("Ces adresses ne sont pas des courriels : pas-une-adresse.", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));
        select["expert"] = TestUser.Expert.Upn;
        Assert.Contains("Indiquez « Région ».", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));
        select["region"] = "Côte-Nord";
        select["budget"] = 12.5;
        await foreach (var _ in _bot.Service<AccompanimentStore>().OpenAsync()) Assert.Fail("an accompaniment was created from a refused selection");

        var selected = await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select);
        Assert.Contains("Accompagnement créé avec Expert Exemple.", Text(selected));
        var accompaniment = await _bot.Service<AccompanimentStore>().OpenAsync().SingleAsync();
        Assert.Equal(("Musée de Sept-Îles", "Côte-Nord"), (accompaniment.Institution.Name, accompaniment.Institution.Region));
        Assert.Equal((TestUser.Participant.AadObjectId, TestUser.Expert.AadObjectId, Axis.Audiences, 750), (accompaniment.CoachedPerson.AadObjectId, accompaniment.Expert.AadObjectId, accompaniment.Axis, accompaniment.BudgetMinutes));
        Assert.Equal(["Accueillir les croisiéristes", "Mesurer la satisfaction"], accompaniment.Objectives);
        Assert.Equal((new DateOnly(2026, 11, 24), new DateOnly(2027, 5, 24), "2026-2027"), (accompaniment.Start, accompaniment.End, accompaniment.FiscalYear));
        Assert.Equal(TestUser.Staff.AadObjectId, accompaniment.StaffOwner.AadObjectId);
        Assert.NotNull(await _bot.Service<CohortStore>().ReadParticipationAsync(accompaniment.Id, TestUser.Participant.AadObjectId));

        var told = await _bot.TickAsync();
        Assert.Contains("Bonne nouvelle : votre candidature est retenue.", string.Join("\n", told.Where(d => d.ConversationId == "a:personal-29:participant").Select(d => Text(d.Card("decision")))));
        Assert.Contains(told, d => d.ConversationId == Activities.PersonalConversationId(TestUser.Expert));   // the expert learns of the accompaniment
        Assert.Equal(3, told.Count);
    }

    [Fact]
    public async Task ACoachingSelectionWithAnExpertWhoNeverOpenedSmqBotStartsWhenTheyCome()
    {
        var consultant = new TestUser("29:consultant", "aad-consultant", "Consultante Externe");
        _bot.Connector.Members[consultant.TeamsId] = (consultant.AadObjectId, consultant.Name, consultant.Upn);
        var form = await NewCallAsync();
        form["kind"] = "Coaching";
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", form);
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", preview["actions"]![0]!["data"]!.AsObject());
        var id = (string)preview["actions"]![0]!["data"]!["call"]!;
        var application = Application(id);
        application["axis"] = "Audiences";
        await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", application);
        var opened = await _bot.ExecuteAsync(TestUser.Staff, "calls.application", new() { ["call"] = id, ["person"] = TestUser.Participant.AadObjectId });
        var select = ActionData(opened);
        foreach (var (name, input) in Inputs(opened)) if (input["value"] is { } value) select[name] = value.DeepClone();
        select["expert"] = consultant.Upn;
        select["region"] = "Côte-Nord";

        // Selected with an address SmqBot does not know: the same invitation as the coaching form, not a refusal.
        Assert.Contains($"Accompagnement prévu avec {consultant.Upn} : il commencera dès sa première visite dans SmqBot.", Text(await _bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));
        Assert.Empty(await _bot.Service<AccompanimentStore>().OpenAsync().ToListAsync());
        Assert.Contains($"En attente de : {consultant.Upn}", Text(await _bot.ExecuteAsync(TestUser.Staff, "coaching.show")));

        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, consultant));
        var accompaniment = await _bot.Service<AccompanimentStore>().OpenAsync().SingleAsync();
        Assert.Equal((TestUser.Participant.AadObjectId, consultant.AadObjectId), (accompaniment.CoachedPerson.AadObjectId, accompaniment.Expert.AadObjectId));
        Assert.Equal(TestUser.Staff.AadObjectId, accompaniment.StaffOwner.AadObjectId);
        Assert.Contains((await _bot.TickAsync()), d => d.ConversationId == Activities.PersonalConversationId(consultant));
    }
}
