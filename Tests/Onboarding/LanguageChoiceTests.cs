using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// Each person chooses their language in `profil`: the choice wins over the locale Teams reports, in replies, in card
/// actions that do not read the profile (a check-in) and in proactive messages. Without a choice, a configured default
/// language wins; without one, the activity's locale decides.
/// </summary>
public sealed class LanguageChoiceTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user, "en-US"));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task APersonWhoChoseFrenchReadsFrenchWhateverTeamsReports()
    {
        var profile = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "profile", "en-US")));
        Assert.StartsWith("Your profile", Text(profile));
        Assert.Equal([("Français", "fr"), ("English", "en")], Inputs(profile)["language"]["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)));

        // Chosen from an en-US client, the answer is already in French.
        var data = ActionData(profile);
        data["institution"] = "Musée de Sept-Îles";
        data["language"] = "fr";
        var saved = await _bot.ExecuteAsync(TestUser.Participant, "profile.save", data, locale: "en-US");
        Assert.StartsWith("Profil enregistré.\nVotre profil", Text(saved));
        Assert.Equal("fr", (await _bot.Service<PeopleStore>().FindAsync(TestUser.Participant.AadObjectId))!.Language);

        // Typed commands, in English and from an en-US client: French.
        Assert.StartsWith("Ce que vous pouvez faire", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "help", "en-US")))));

        // A proactive message (the cohort welcome, staff writing in French): in French; the expert, who chose nothing, in English.
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des groupes", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn, ["members"] = TestUser.Participant.Upn,
        }));
        var welcomes = await _bot.TickAsync();
        Assert.StartsWith("Bienvenue dans la cohorte", Text(welcomes.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Participant)).Card("language")));
        Assert.StartsWith("You are coaching the cohort", Text(welcomes.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Expert)).Card("language")));

        // A check-in, which does not read the profile: the card it came from was French, so is the answer.
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        var checkIn = await _bot.FilledFormAsync(TestUser.Participant, "checkin.form", new() { ["confidence"] = "4" }, new() { ["cohort"] = cohort.Id });
        Assert.Equal("fr", (string?)checkIn["lang"]);
        Assert.StartsWith("Bilan enregistré", Text(await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", checkIn, locale: "en-US")));

        // And back to English from a French client.
        var back = ActionData(saved);
        back["institution"] = "Musée de Sept-Îles";
        back["language"] = "en";
        Assert.StartsWith("Profile saved.", Text(await _bot.ExecuteAsync(TestUser.Participant, "profile.save", back, locale: "fr-CA")));
        Assert.StartsWith("What you can do", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "aide", "fr-CA")))));
    }

    /// <summary>SMQ staff work for no museum: they choose their language without naming one; members and experts name theirs.</summary>
    [Fact]
    public async Task StaffChooseTheirLanguageWithoutAnInstitutionOthersNameTheirs()
    {
        var staff = ActionData(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "profil"))));
        staff["institution"] = "";
        staff["language"] = "en";
        Assert.StartsWith("Profile saved.", Text(await _bot.ExecuteAsync(TestUser.Staff, "profile.save", staff)));
        var stored = (await _bot.Service<PeopleStore>().FindAsync(TestUser.Staff.AadObjectId))!;
        Assert.Equal(("en", null), (stored.Language, stored.Institution));

        var member = ActionData(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "profil"))));
        member["institution"] = "";
        member["language"] = "en";
        Assert.Contains("Indiquez « Mon institution muséale ».", Text(await _bot.ExecuteAsync(TestUser.Participant, "profile.save", member)));
        Assert.Null((await _bot.Service<PeopleStore>().FindAsync(TestUser.Participant.AadObjectId))!.Language);
    }

    [Fact]
    public async Task AConfiguredDefaultLanguageWinsOverTheReportedLocaleUntilSomeoneChooses()
    {
        var bot = new BotApp(new(BackgroundWork.DrivenByTheTest()) { ["Smq:DefaultLanguage"] = "fr" });
        await ((IAsyncLifetime)bot).InitializeAsync();
        try
        {
            await bot.SendAsync(Activities.PersonalInstall(bot.ServiceUrl, TestUser.Participant, "en-US"));

            Assert.StartsWith("Ce que vous pouvez faire", Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "help", "en-US")))));
            var profile = Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "profil", "en-US")));
            var data = ActionData(profile);
            data["institution"] = "Musée de Sept-Îles";
            data["language"] = "en";
            await bot.ExecuteAsync(TestUser.Participant, "profile.save", data, locale: "en-US");
            Assert.StartsWith("What you can do", Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "help", "en-US")))));
        }
        finally
        {
            await ((IAsyncLifetime)bot).DisposeAsync();
        }
    }
}
