using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Reports;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Reports;

/// <summary>
/// The published list in French, as SMQ's page shows it: two headed lists, cohorts then accompaniments. The same lines
/// make the card, the plain text and the HTML fragment; every name in the fragment is HTML-encoded, so nothing anyone
/// typed becomes markup on SMQ's page.
/// </summary>
public static class PublishedListText
{
    private static readonly Texts French = Texts.French;

    public static string CohortsHeading(PublishedList list) => $"Cohortes de codéveloppement — {list.Year}";
    public static string AccompanimentsHeading(PublishedList list) => $"Accompagnements individualisés — {list.Year}";

    public static string Line(PublishedCohort c) =>
        $"{c.Subject} — {(c.Experts.Count == 1 ? "ressource spécialisée" : "ressources spécialisées")}\u00A0: {(c.Experts.Count == 0 ? "à venir" : string.Join(", ", c.Experts))} — "
        + $"{Count.Fr(c.Participants, "participante ou participant", "participantes et participants")} de {Count.Fr(c.Institutions, "institution", "institutions")}";

    public static string Line(PublishedAccompaniment a) => $"{a.Institution} — {French.Coaching.AxisName(a.Axis)}";

    public static string Plain(PublishedList list) => string.Join("\n",
    [
        CohortsHeading(list), .. list.Cohorts.Count == 0 ? ["Aucune."] : list.Cohorts.Select(c => "- " + Line(c)), "",
        AccompanimentsHeading(list), .. list.Accompaniments.Count == 0 ? ["Aucun."] : list.Accompaniments.Select(a => "- " + Line(a)),
    ]) + "\n";

    public static string Html(PublishedList list)
    {
        // The five characters HTML gives meaning to, and nothing else: accented letters stay as written (UTF-8).
        static string E(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
        static string Items(IEnumerable<string> lines, string none)
        {
            var items = lines.Select(l => $"  <li>{E(l)}</li>").ToList();
            return items.Count == 0 ? $"<p>{E(none)}</p>" : $"<ul>\n{string.Join("\n", items)}\n</ul>";
        }
        return $"<h3>{E(CohortsHeading(list))}</h3>\n{Items(list.Cohorts.Select(Line), "Aucune.")}\n"
             + $"<h3>{E(AccompanimentsHeading(list))}</h3>\n{Items(list.Accompaniments.Select(Line), "Aucun.")}\n";
    }
}

/// <summary>For staff: a calendar year's published list, to read and to copy (plain text, HTML fragment).</summary>
public static class PublishedListCard
{
    public static AdaptiveCard Build(PublishedList list, IReadOnlyList<int> years, string htmlLink, string textLink, Texts texts) =>
        Card(texts, texts.Reports.PublishedTitle(list.Year),
            [
                Title(texts.Reports.PublishedTitle(list.Year)),
                Note(texts.Reports.PublishedNote),
                new ColumnSet(
                [
                    new Column([new ChoiceSetInput([.. years.Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture)))])
                        { Id = ShowPublishedList.YearInput, Label = texts.Reports.CalendarYearLabel, Value = list.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Style = ChoiceInputStyle.Compact }]) { Width = "stretch" },
                    new Column([new ActionSet([Actions.Execute(texts.Reports.ShowReport, new ShowPublishedList(null))])]) { Width = "auto" },
                ]),
                Heading(PublishedListText.CohortsHeading(list)),
                .. list.Cohorts.Count == 0 ? [Note(texts.Reports.NothingThisYear)] : list.Cohorts.Select(c => (Element)new TextBlock(PublishedListText.Line(c)) { Size = TextSize.Small }),
                Heading(PublishedListText.AccompanimentsHeading(list)),
                .. list.Accompaniments.Count == 0 ? [Note(texts.Reports.NothingThisYear)] : list.Accompaniments.Select(a => (Element)new TextBlock(PublishedListText.Line(a)) { Size = TextSize.Small }),
                new ActionSet([new OpenUrlAction(texts.Reports.PublishedHtml, htmlLink), new OpenUrlAction(texts.Reports.PublishedText, textLink)]) { Spacing = Spacing.Large },
            ]);
}
