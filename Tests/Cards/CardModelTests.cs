using System.Text.Json.Nodes;
using SmqBot.Cards.Model;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Cards;

public sealed class CardModelTests
{
    /// <summary>One card with every element and action of the model, so that both validators check all of it.</summary>
    private static AdaptiveCard Gallery() => new()
    {
        Lang = "fr",
        Body =
        [
            new TextBlock("Titre") { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new RichTextBlock([new TextRun("gras") { Weight = TextWeight.Bolder }, new TextRun(" et italique") { Italic = true }]),
            new Container([new TextBlock("dans un conteneur")]) { Style = ContainerStyle.Emphasis, Bleed = true },
            new ColumnSet([new Column([new TextBlock("gauche")]) { Width = "auto" }, new Column([new TextBlock("droite")]) { Width = "stretch" }]),
            new FactSet([new Fact("Heures", "12\u00A0h\u00A030 sur 15\u00A0h")]),
            new Image("https://adaptivecards.io/content/cats/1.png") { AltText = "Un chat", Size = ImageSize.Small },
            new Table([new TableColumnDefinition(2), new TableColumnDefinition(1)],
                [new TableRow([new TableCell([new TextBlock("Cible")]), new TableCell([new TextBlock("Valeur")])])]) { ShowGridLines = true },
            new TextInput { Id = "note", Label = "Note", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Requise" },
            new NumberInput { Id = "hours", Label = "Heures", Min = 0.25, Max = 8, Value = 1 },
            new DateInput { Id = "date", Label = "Date", Value = "2026-11-24", Max = "2026-11-24" },
            new TimeInput { Id = "time", Label = "Heure", Value = "09:00" },
            new ToggleInput("Je m’engage") { Id = "commit", Value = "false" },
            new ChoiceSetInput([new Choice("Visioconférence", "video"), new Choice("En personne", "inPerson")]) { Id = "kind", Style = ChoiceInputStyle.Expanded },
            new ActionSet([new OpenUrlAction("Site de la SMQ", "https://www.musees.qc.ca/")]),
        ],
        Actions = [Actions.Execute("Enregistrer", "hours.log", new JsonObject { ["accompaniment"] = "a-1" }, style: "positive")],
        Refresh = new Refresh(new ExecuteAction("Rafraîchir", "hours.refresh"), ["aad-expert"]),
    };

    [Fact]
    public void EveryElementSerialisesWithItsSchemaTypeAndTheExecuteActionFallsBackToASubmitCarryingTheVerb()
    {
        var card = CardReader.Archive(CardJson.ToNode(Gallery()), "model-gallery");

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(
            ["TextBlock", "RichTextBlock", "Container", "ColumnSet", "FactSet", "Image", "Table", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet", "ActionSet"],
            card["body"]!.AsArray().Select(e => (string)e!["type"]!));
        var execute = card["actions"]![0]!;
        Assert.Equal(("Action.Execute", "hours.log", "a-1"), ((string)execute["type"]!, (string)execute["verb"]!, (string)execute["data"]!["accompaniment"]!));
        Assert.Equal(("Action.Submit", "hours.log", "a-1"), ((string)execute["fallback"]!["type"]!, (string)execute["fallback"]!["data"]!["verb"]!, (string)execute["fallback"]!["data"]!["accompaniment"]!));
        Assert.Equal("hours.refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Equal(["aad-expert"], card["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));
        Assert.Equal("expanded", (string?)card["body"]![12]!["style"]);
        Assert.Null(card["body"]![0]!["color"]); // unset properties are not written
    }

    [Theory]
    [InlineData("[Cliquez ici](https://evil.example)", "\\[Cliquez ici\\](https:\u2060//evil.example)")]
    [InlineData("**gras** _it_ ~~barré~~ `code`", "\\*\\*gras\\*\\* \\_it\\_ \\~\\~barré\\~\\~ \\`code\\`")]
    [InlineData("<at>x</at>", "\\<at\\>x\\</at\\>")]
    [InlineData("- un\n1. deux\n# trois", "\\- un\n1\\. deux\n\\# trois")]
    [InlineData("Musée régional (Rimouski) - 2026-2027 : 80 % · www.smq.qc.ca", "Musée régional (Rimouski) - 2026-2027 : 80 % · www\u2060.smq.qc.ca")]
    public void PeoplesTextIsWrittenInertAndOrdinaryTextUnchanged(string typed, string written)
    {
        Assert.Equal(written, SmqBot.Cards.Model.PlainText.Escape(typed));
        var card = SmqBot.Cards.Model.CardJson.ToNode(new SmqBot.Cards.Model.AdaptiveCard { Body = [new SmqBot.Cards.Model.TextBlock(typed)], FallbackText = typed, Speak = typed });
        Assert.Equal(written, (string?)card["body"]![0]!["text"]);
        Assert.Equal(written, (string?)card["fallbackText"]);
        Assert.DoesNotContain("<", (string?)card["speak"]);
    }
}
