using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.CheckIns;

public sealed class CheckInCardTests
{
    private static readonly Target[] Targets =
    [
        new() { Id = "t1", What = "Accueillir plus de groupes scolaires", Indicator = "Groupes par mois", Unit = "groupes", Baseline = 4, Goal = 8, Due = new(2027, 3, 31), History = [new(new(2026, 11, 9, 14, 0, 0, TimeSpan.Zero), 5)] },
        new() { Id = "t2", What = "Améliorer l'accueil au comptoir", Indicator = "Appréciation", Kind = MeasureKind.Scale, Baseline = 2, Goal = 4, Due = new(2027, 3, 31) },
        new() { Id = "t3", What = "Abandonnée", Indicator = "—", State = TargetState.Abandoned, Due = new(2027, 3, 31) },
    ];

    [Fact]
    public void TheCheckInCardAsksForEachActiveTargetFromItsLastValueAndCarriesOnlyIdsInItsData()
    {
        var last = new CheckIn("round-0", 0, new(2026, 11, 9, 14, 0, 0, TimeSpan.Zero), [], null, null, 3);
        var view = new CheckInView("c-2026-accueil", "Accueil et service à la clientèle", 1, "n-1", new(2026, 9, 7), Targets, last, new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));

        var card = Archive(CardJson.ToNode(CheckInCard.Build(view, Texts.French)), "checkin-form");

        var text = Text(card);
        Assert.StartsWith("Bilan : Accueil et service à la clientèle\nDernier bilan il y a 14 jours.", text);
        Assert.Contains("Groupes par mois · dernière valeur : 5 groupes · cible : 8 groupes d'ici le 31 mars 2027", text);
        Assert.Contains("Appréciation · dernière valeur : 2/5 · cible : 4/5 d'ici le 31 mars 2027", text);
        Assert.DoesNotContain("Abandonnée", text);
        var inputs = card["body"]!.AsArray().Where(e => ((string)e!["type"]!).StartsWith("Input.", StringComparison.Ordinal)).Select(e => ((string)e!["id"]!, (string)e["type"]!));
        Assert.Equal([("t_t1", "Input.Number"), ("t_t2", "Input.ChoiceSet"), ("applied", "Input.Text"), ("obstacles", "Input.Text"), ("confidence", "Input.ChoiceSet")], inputs);
        var send = card["actions"]![0]!;
        Assert.Equal(("Envoyer mon bilan", "checkin.submit"), ((string)send["title"]!, (string)send["verb"]!));
        Assert.Equal("""{"cohort":"c-2026-accueil","nonce":"n-1","round":1,"lang":"fr"}""", send["data"]!.ToJsonString());
    }
}
