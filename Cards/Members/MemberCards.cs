using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Institutions;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Members;

public static class MemberVerbs
{
    public const string Members = "members.show";
    public const string Apply = "members.apply";
}

/// <summary>Applies a checked import (by its id: the rows are the stored ones, never the card's).</summary>
public sealed record ApplyImport(string Import) : ICardAction<ApplyImport> { public static string Verb => MemberVerbs.Apply; }

/// <summary>What an import would do, row by row, before anything is applied.</summary>
public sealed record ImportPreview(string Id, IReadOnlyList<MemberInstitution> Added, IReadOnlyList<(MemberInstitution Before, MemberInstitution After)> Changed, int Same,
    IReadOnlyList<RowRefusal> Refused);

/// <summary>For staff: the member list (how many, how many recognised for tourism potential) and how to import it.</summary>
public static class MembersCard
{
    public static AdaptiveCard Build(IReadOnlyList<MemberInstitution> members, Texts texts, string? note = null)
    {
        var t = texts.Members;
        return Card(texts, t.Title(members.Count),
            [
                .. note is null ? Array.Empty<Element>() : [new TextBlock(note) { Weight = TextWeight.Bolder }],
                Title(t.Title(members.Count)),
                members.Count == 0 ? Note(t.NoMembers) : Note(t.TourismCount(members.Count(m => m.TourismPotential))),
                Paragraph(t.HowToImport),
            ]);
    }
}

/// <summary>For staff: an import's preview: what would be added, changed, and which rows are refused and why.</summary>
public static class ImportPreviewCard
{
    private const int Shown = 15;

    public static AdaptiveCard Build(ImportPreview p, Texts texts)
    {
        var t = texts.Members;
        IEnumerable<Element> List(string heading, IReadOnlyList<string> lines) => lines.Count == 0 ? [] :
            [Heading($"{heading} ({lines.Count})"), .. lines.Take(Shown).Select(l => (Element)new TextBlock(l) { Size = TextSize.Small }),
             .. lines.Count > Shown ? [Note(t.AndMore(lines.Count - Shown))] : Array.Empty<Element>()];
        string Line(MemberInstitution m) => $"{m.Name} · {m.Region}{(m.TourismPotential ? $" · {t.TourismYes}" : "")}";
        return Card(texts, t.PreviewTitle,
            [
                Title(t.PreviewTitle),
                new TextBlock(t.PreviewSummary(p.Added.Count, p.Changed.Count, p.Same, p.Refused.Count)) { Weight = TextWeight.Bolder },
                .. List(t.Added, [.. p.Added.Select(Line)]),
                .. List(t.Changed, [.. p.Changed.Select(c => $"{Line(c.Before)} → {Line(c.After)}")]),
                .. List(t.Refused, [.. p.Refused.Select(r => $"{t.RowLabel(r.Line)} · {t.Problem(r.Problem, r.Value)}")]),
            ],
            p.Added.Count + p.Changed.Count == 0 ? null : [Actions.Execute(t.Apply, new ApplyImport(p.Id), style: "positive")]);
    }
}
