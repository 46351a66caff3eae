using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Reports;

/// <summary>
/// The published list ("Accompagnements en cours et passés", by year, as on SMQ's page): cohorts with their experts and
/// counts, accompaniments by institution and axis, in French, as a card, plain text and an HTML fragment; institutions
/// and experts only, never a participant's name, and nothing anyone typed becomes markup.
/// </summary>
public sealed class PublishedListTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        CardReader.People(["Accueillir les <b>croisiéristes</b>", "Musée de Sept-Îles", "Musée régional de Rimouski", "Expert Exemple"]);
        await _bot.Service<CohortStore>().CreateAsync(new Cohort
        {
            Id = "c-2026", Subject = "Accueillir les <b>croisiéristes</b>", FiscalYear = "2026-2027", Start = new(2026, 9, 7), End = new(2027, 3, 31), TenantId = Activities.TenantId,
            Experts = [new PersonRef(TestUser.Expert.AadObjectId, "Expert Exemple")],
            Members =
            [
                new PersonRef(TestUser.Participant.AadObjectId, TestUser.Participant.Name, null, new Institution("Musée de Sept-Îles", "Côte-Nord")),
                new PersonRef(TestUser.Newcomer.AadObjectId, TestUser.Newcomer.Name, null, new Institution("musée de sept-iles", "Côte-Nord")),
                new PersonRef(TestUser.Third.AadObjectId, TestUser.Third.Name, null, new Institution("Musée régional de Rimouski", "Bas-Saint-Laurent")),
            ],
        });
        foreach (var (id, start, end) in new[] { ("a-2026", new DateOnly(2026, 10, 1), new DateOnly(2027, 3, 31)), ("a-2024", new DateOnly(2024, 4, 1), new DateOnly(2024, 12, 31)) })
            await _bot.Service<AccompanimentStore>().CreateAsync(new Accompaniment
            {
                Id = id, Institution = new Institution("Musée régional de Rimouski", "Bas-Saint-Laurent"), CoachedPerson = new PersonRef(TestUser.Third.AadObjectId, TestUser.Third.Name),
                Expert = new PersonRef(TestUser.Expert.AadObjectId, "Expert Exemple"), StaffOwner = new PersonRef(TestUser.Staff.AadObjectId, TestUser.Staff.Name), Axis = Axis.Audiences,
                FiscalYear = "2026-2027", Start = start, End = end, TenantId = Activities.TenantId,
            });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task AYearsListNamesInstitutionsAndExpertsOnlyAndStaysTextInItsHtml()
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "liste publiée 2026")));
        var text = Text(card);
        // On the card the subject's markup is escaped text (Teams shows "<b>" as typed).
        Assert.Contains("Cohortes de codéveloppement — 2026\nAccueillir les \\<b\\>croisiéristes\\</b\\> — ressource spécialisée : Expert Exemple — 3 participantes et participants de 2 institutions", text);
        Assert.Contains("Accompagnements individualisés — 2026\nMusée régional de Rimouski — Connaissance des publics", text);
        foreach (var name in new[] { TestUser.Participant.Name, TestUser.Newcomer.Name, TestUser.Third.Name }) Assert.DoesNotContain(name, text);

        var links = Walk(card).OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.OpenUrl").ToDictionary(o => (string)o["title"]!, o => (string)o["url"]!);
        var html = await _bot.CreateClient().GetStringAsync(links["HTML"]);
        Assert.Equal("""
            <h3>Cohortes de codéveloppement — 2026</h3>
            <ul>
              <li>Accueillir les &lt;b&gt;croisiéristes&lt;/b&gt; — ressource spécialisée : Expert Exemple — 3 participantes et participants de 2 institutions</li>
            </ul>
            <h3>Accompagnements individualisés — 2026</h3>
            <ul>
              <li>Musée régional de Rimouski — Connaissance des publics</li>
            </ul>

            """.ReplaceLineEndings("\n"), Plain(html));
        var plain = await _bot.CreateClient().GetStringAsync(links["Texte"]);
        Assert.StartsWith("Cohortes de codéveloppement — 2026\n- Accueillir les <b>croisiéristes</b>", Plain(plain));

        // 2024 had only the accompaniment; a year before the programme, or not a year, is refused.
        Assert.Contains("Cohortes de codéveloppement — 2024\nRien cette année.", Text(await _bot.ExecuteAsync(TestUser.Staff, "report.published", new JsonObject { ["year"] = "2024" })));
        Assert.Contains("Donnez une année de 2020 à aujourd'hui", Text(await _bot.ExecuteAsync(TestUser.Staff, "report.published", new JsonObject { ["year"] = "1999" })));
        Assert.Contains("réservée au personnel", Text(await _bot.ExecuteAsync(TestUser.Participant, "report.published", new JsonObject { ["year"] = "2026" })));
    }
}
