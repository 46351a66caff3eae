using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

public sealed class WelcomeAndHelpTests : IAsyncLifetime
{
    private readonly BotApp _bot = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_bot).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task PersonalInstallInFrenchGreetsInFrenchAndKeepsTheConversationForLater()
    {
        var cards = await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer, "fr-CA"));

        var card = Assert.Single(cards);
        var text = Text(card);
        Assert.Contains("Bienvenue dans SmqBot", text);
        Assert.Contains("Bonjour Nouvelle Personne !", text);
        Assert.Contains("Vous êtes : membre de la communauté muséale", text);
        // Transparency (Law 25): what is kept and why, how to see it, and whom to write to.
        Assert.Contains("SmqBot garde vos cibles, vos bilans, vos heures et vos échanges avec le programme pour suivre votre développement professionnel et rendre compte au Ministère. "
            + "Écrivez « mes données » pour les voir ou les télécharger ; responsable de vos renseignements : Société des musées du Québec.", text);
        Assert.Equal([("Voir ce que je peux faire", "help.show")], Buttons(card));
        Assert.Equal("fr", (string?)card["lang"]);
        Assert.Equal(Activities.PersonalConversationId(TestUser.Newcomer), _bot.Connector.Deliveries.Single().ConversationId);

        var person = await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId);
        Assert.NotNull(person);
        Assert.True(person.PersonalAppInstalled);
        Assert.Equal("fr-CA", person.Locale);
        Assert.Equal(Activities.PersonalConversationId(TestUser.Newcomer), person.PersonalConversation?.ConversationId);
        Assert.Equal(_bot.ServiceUrl, person.PersonalConversation?.ServiceUrl);
        Assert.Equal(Activities.TenantId, person.TenantId);
    }

    [Theory]
    [InlineData("Bonjour !", "fr-CA", "Bonjour Participante Exemple !")]
    [InlineData("salut", "fr-CA", "Bonjour Participante Exemple !")]
    [InlineData("Merci beaucoup", "fr-CA", "Avec plaisir ! Voici ce que vous pouvez faire.")]
    [InlineData("hello", "en-US", "Hello Participante Exemple!")]
    [InlineData("thanks!", "en-US", "You're welcome! Here is what you can do.")]
    public async Task GreetingsAndThanksGetAFriendlyAnswerWithWhatToDoNext(string typed, string locale, string title)
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Participant, locale));

        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, typed, locale)));

        Assert.Equal(title, Plain((string)card["body"]![0]!["text"]!));
        Assert.DoesNotContain(locale == "fr-CA" ? "Je n'ai pas compris" : "I did not understand", Text(card));
        Assert.Contains(locale == "fr-CA" ? "aide: Affiche cette liste." : "help: Shows this list.", Text(card));
        Assert.DoesNotContain(locale == "fr-CA" ? "bonjour:" : "hello:", Text(card));       // answered, not listed
        Assert.NotEmpty(Buttons(card));
    }

    [Fact]
    public async Task PersonalInstallInEnglishGreetsInEnglish()
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer, "en-US")));

        var text = Text(card);
        Assert.Contains("Welcome to SmqBot", text);
        Assert.Contains("Hello Nouvelle Personne!", text);
        Assert.DoesNotContain("Bienvenue", text);
        Assert.Equal([("See what I can do", "help.show")], Buttons(card));
        Assert.Equal("en", (string?)card["lang"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TeamsAnnouncingOneInstallationTwiceGreetsOnceInTheInstallationsLanguage(bool conversationUpdateFirst)
    {
        var installation = Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer, "en-US");
        var membersAdded = Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer);
        membersAdded["type"] = "conversationUpdate";
        membersAdded.Remove("action");
        membersAdded.Remove("locale"); // as Teams (and the playground) send it
        membersAdded["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = Activities.BotId });

        var first = await _bot.SendAsync(conversationUpdateFirst ? membersAdded : installation, expectedCards: conversationUpdateFirst ? 0 : 1);
        var second = await _bot.SendAsync(conversationUpdateFirst ? installation : membersAdded, expectedCards: conversationUpdateFirst ? 1 : 0);

        var welcome = Assert.Single(first.Concat(second));
        Assert.StartsWith("Welcome to SmqBot", Text(welcome));
        Assert.Single(_bot.Connector.Deliveries);
        Assert.NotNull((await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId))?.PersonalConversation);
    }

    [Fact]
    public async Task ReinstallingAfterRemovalWelcomesBackWithWhenWeFirstTalked()
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer));
        await _bot.SendAsync(Activities.PersonalUninstall(_bot.ServiceUrl, TestUser.Newcomer), expectedCards: 0);
        Assert.False((await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId))!.PersonalAppInstalled);
        _bot.Time.Advance(TimeSpan.FromDays(21));

        var card = Assert.Single(await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer)));

        Assert.Contains("Content de vous revoir ! Nous nous sommes parlé pour la première fois il y a 21 jours.", Text(card));
    }

    public static TheoryData<string, string, string, string[], string[]> RolesAndWhatTheySee => new()
    {
        { "staff", "aide", "Vous êtes : personnel de la SMQ", ["aide: Affiche cette liste.", "profil:", "équipes: Les équipes et canaux où SmqBot est installé."], [] },
        { "staff", "help", "You are: SMQ staff", ["help: Shows this list.", "profile:", "teams: The teams and channels where SmqBot is installed."], [] },
        { "expert", "aide", "Vous êtes : ressource spécialisée", ["aide:", "profil:", "vous consignez vos heures"], ["équipes:"] },
        { "expert", "help", "You are: expert", ["help:", "profile:", "you log your hours"], ["teams:"] },
        { "participant", "aide", "Vous êtes : participante ou participant", ["aide:", "profil:", "Vous définissez vos cibles"], ["équipes:"] },
        { "participant", "help", "You are: participant", ["help:", "profile:", "You set your targets"], ["teams:"] },
        { "newcomer", "aide", "Vous êtes : membre de la communauté muséale", ["aide:", "profil:", "appels de candidatures"], ["équipes:"] },
    };

    [Theory]
    [MemberData(nameof(RolesAndWhatTheySee))]
    public async Task HelpShowsWhatTheCallersRoleCanDo(string who, string command, string role, string[] shown, string[] hidden)
    {
        var user = who switch { "staff" => TestUser.Staff, "expert" => TestUser.Expert, "participant" => TestUser.Participant, _ => TestUser.Newcomer };
        if (who == "expert") await _bot.GrantAsync(user, Role.Expert);
        if (who == "participant") await _bot.GrantAsync(user, Role.Participant);
        var locale = command == "help" ? "en-US" : "fr-CA";

        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, user, command, locale)));

        var text = Text(card);
        Assert.Contains(role, text);
        Assert.All(shown, s => Assert.Contains(s, text));
        Assert.All(hidden, h => Assert.DoesNotContain(h, text));
    }

    [Theory]
    [InlineData("AIDE !", "fr-CA", "Ce que vous pouvez faire")]
    [InlineData("<at>SmqBot</at> aide", "fr-CA", "Ce que vous pouvez faire")]
    [InlineData("Help", "en-US", "What you can do")]
    [InlineData("help", "fr-CA", "Ce que vous pouvez faire")]
    public async Task CommandsAreRecognisedWhateverTheCaseAccentsOrMention(string typed, string locale, string title)
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, typed, locale)));
        Assert.StartsWith(title, Text(card));
    }

    [Fact]
    public async Task UnknownTextGetsAnAnswerThatSaysWhatToType()
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "quel temps fait-il")));

        var text = Text(card);
        Assert.Contains("Je n'ai pas compris « quel temps fait-il ».", text);
        Assert.Contains("Écrivez « aide » pour voir ce que vous pouvez faire.", text);
        Assert.Equal([("Voir ce que je peux faire", "help.show")], Buttons(card));
    }

    [Theory]
    [InlineData("aied", "fr-CA", "Vouliez-vous dire « aide » ?")]
    [InlineData("profle", "en-US", "Did you mean \"profile\"?")]
    public async Task ATypoGetsTheClosestCommandSuggested(string typed, string locale, string suggestion)
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, typed, locale)));
        Assert.Contains(suggestion, Text(card));
    }

    [Fact]
    public async Task ProfileShowsWhatTheBotKnows()
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Participant));
        await _bot.GrantAsync(TestUser.Participant, Role.Participant);
        _bot.Time.Advance(TimeSpan.FromDays(3));

        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "profile", "en-US")));

        var text = Text(card);
        Assert.Contains("Name: Participante Exemple", text);
        Assert.Contains("Role: participant", text);
        Assert.Equal("en", (string?)Inputs(card)["language"]["value"]);     // the language choice shows the one it answers in
        Assert.Contains("Time zone: Eastern Time (Montréal)", text);
        Assert.Contains("First conversation: 3 days ago", text);
    }

    [Fact]
    public async Task ActionExecuteAnswersWithTheRefreshedCard()
    {
        var welcome = Assert.Single(await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Expert)));
        var (_, verb) = Assert.Single(Buttons(welcome));

        var card = await _bot.ExecuteAsync(TestUser.Expert, verb!);

        Assert.StartsWith("Ce que vous pouvez faire", Text(card));
        Assert.Single(_bot.Connector.Deliveries); // the invoke's answer is the card itself, not a new message
    }

    [Fact]
    public async Task ActionSubmitFallbackReachesTheSameVerb()
    {
        var cards = await _bot.SendAsync(Activities.Submit(_bot.ServiceUrl, TestUser.Newcomer, new() { ["verb"] = "profile.show" }, "en-US"));
        Assert.StartsWith("Your profile", Text(Assert.Single(cards)));
    }

    [Theory]
    [InlineData("fr-CA", "Je ne reconnais pas cette action.")]
    [InlineData("en-US", "I do not recognize this action.")]
    public async Task AnUnknownVerbGetsALocalisedErrorCard(string locale, string message)
    {
        var card = await _bot.ExecuteAsync(TestUser.Newcomer, "cohort.delete-everything", locale: locale);

        Assert.Contains(message, Text(card));
    }
}
