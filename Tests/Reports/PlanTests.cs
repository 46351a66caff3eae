using System.Text.Json.Nodes;
using SmqBot.Data.Reports;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Reports;

/// <summary>The annual plan: staff set it from the report; the report and the dashboard say where the year stands against it.</summary>
public sealed class PlanTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private Task<JsonObject> ReportAsync(string locale = "fr-CA") => _bot.ExecuteAsync(TestUser.Staff, "report.show", new JsonObject { ["year"] = "2026-2027" }, locale);

    [Fact]
    public async Task StaffSetTheYearsPlanAndTheReportAndTheDashboardMeasureTheYearAgainstIt()
    {
        var report = await ReportAsync();
        Assert.Contains("Plan de l'année\nAucun plan pour cet exercice.", Text(report));
        Assert.Contains("Aucun plan pour 2026-2027 : fixez-le depuis « rapport ».", Text(await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show")));

        var form = await _bot.ExecuteAsync(TestUser.Staff, "report.plan.form", ButtonData(report, "Fixer le plan"));
        Assert.StartsWith("Plan de l'exercice 2026-2027", Text(form));
        var values = ActionData(form);
        values["institutions"] = "-2";
        values["hours"] = "300";
        values["cohorts"] = "100000";
        var refused = await _bot.ExecuteAsync(TestUser.Staff, "report.plan.save", values);
        Assert.Contains("Institutions muséales à accompagner", Text(refused));
        Assert.Equal("300", Inputs(refused)["hours"]["value"]!.ToString());              // what was typed stays
        Assert.Null(await _bot.Service<PlanStore>().FindAsync("2026-2027"));

        values["institutions"] = "8";
        values["cohorts"] = "2";
        var saved = Text(await _bot.ExecuteAsync(TestUser.Staff, "report.plan.save", values));
        Assert.Contains("Plan enregistré.", saved);
        Assert.Contains("Plan de l'année\nInstitutions: 0 sur 8 prévues\nHeures: 0 min sur 300 h prévues\nCohortes: 0 sur 2 prévues", saved);
        Assert.Contains("0 institution muséale pour 0 accompagnement — objectif : 8 institutions", saved);
        Assert.Contains("The year's plan\nInstitutions: 0 of 8 planned\nHours: 0 min of 300 h planned", Text(await ReportAsync("en-US")));
        Assert.Contains("Plan 2026-2027 : institutions 0 sur 8 prévues · heures 0 min sur 300 h prévues · cohortes 0 sur 2 prévues",
            Text(await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show")));

        // A year the report does not offer, and someone who is not staff, change nothing.
        Assert.Contains("année financière", Text(await _bot.ExecuteAsync(TestUser.Staff, "report.plan.save", new JsonObject { ["year"] = "1999-2000", ["institutions"] = "1", ["hours"] = "1", ["cohorts"] = "1" })));
        Assert.Contains("réservée au personnel", Text(await _bot.ExecuteAsync(TestUser.Participant, "report.plan.save", values)));
        Assert.Equal((8, 300, 2), (await _bot.Service<PlanStore>().FindAsync("2026-2027")) is { } p ? (p.Institutions, p.Hours, p.Cohorts) : default);
        Assert.Null(await _bot.Service<PlanStore>().FindAsync("1999-2000"));
    }
}
