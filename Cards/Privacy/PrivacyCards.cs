using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Privacy;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Privacy;

/// <param name="Kinds">What is kept about the reader: each kind of record and how many documents hold it.</param>
public sealed record MyDataView(IReadOnlyList<(string Kind, int Count)> Kinds, string JsonUrl, string CsvUrl, string WorkbookUrl, string Officer,
    IReadOnlyList<PrivacyRequest> Requests, string Nonce);

/// <summary>`mes données`: what SmqBot keeps about the reader and who sees it, the downloads, and the request form.</summary>
public static class MyDataCard
{
    public static AdaptiveCard Build(MyDataView view, FormState form, Texts texts)
    {
        var t = texts.Privacy;
        var kinds = view.Kinds.Count == 0
            ? [Paragraph(t.NothingKept)]
            : view.Kinds.Select(k => (Element)new Container([Heading($"{t.KindName(k.Kind)} ({t.Documents(k.Count)})"), Note(t.WhoSees(k.Kind))]));
        return Card(texts, t.MyDataTitle,
            [
                Title(t.MyDataTitle),
                Paragraph(t.MyDataIntro),
                .. kinds,
                Heading(t.DownloadHeading),
                new ActionSet([new OpenUrlAction(t.DownloadJson, view.JsonUrl), new OpenUrlAction(t.DownloadCsv, view.CsvUrl), new OpenUrlAction(texts.Exports.DownloadXlsx, view.WorkbookUrl)]),
                Note(t.LinksNote),
                Paragraph(t.Officer(view.Officer)),
                .. view.Requests.Count == 0 ? [] : new Element[]
                {
                    Heading(t.YourRequests),
                    TextBlock.Bullets(view.Requests.Select(r => t.RequestLine(t.KindOfRequest(r.Kind), t.StatusName(r.Status), texts.Date(r.At.UtcDateTime)))),
                },
                Heading(t.AskHeading),
                Note(t.ErasureExplained),
                .. Refused(form, texts),
                .. PrivacyRequestForm.Fields.Kind.Input(form, texts, [.. PrivacyRequestForm.Kinds.Select(k => new Choice(t.KindOfRequest(k), k.ToString()))], ChoiceInputStyle.Expanded),
                .. PrivacyRequestForm.Fields.Details.Input(form, texts),
            ],
            [Actions.Execute(t.SendRequest, new AskPrivacy(view.Nonce), style: "positive")]);
    }
}

/// <summary>The person in charge's card: open requests with their due dates, and the access log.</summary>
public static class PrivacyCard
{
    /// <summary>How many open requests the card lists (the oldest, most urgent first), so that it stays well under what Teams delivers.</summary>
    public const int MaxListed = 20;

    /// <param name="open">The open requests, oldest first: the first <see cref="MaxListed"/> are listed, the others counted.</param>
    /// <param name="names">Who an id is, looked up when the card is shown (the log itself keeps ids only).</param>
    public static AdaptiveCard Build(IReadOnlyList<PrivacyRequest> open, IReadOnlyList<AccessEntry> log, IReadOnlyDictionary<string, string> names, string officer, DateTimeOffset now, Texts texts)
    {
        var t = texts.Privacy;
        return Card(texts, t.PrivacyTitle,
            [
                Title(t.PrivacyTitle),
                Paragraph(t.Officer(officer)),
                Heading(t.OpenRequests),
                .. open.Count == 0 ? [Paragraph(t.NoOpenRequests)] : open.Take(MaxListed).Select(r => (Element)new Container(
                [
                    Paragraph(t.StaffRequestLine(r.Name, t.KindOfRequest(r.Kind), texts.Date(r.At.UtcDateTime), texts.Date(r.DueAt.UtcDateTime))),
                    .. r.DueAt < now ? [new TextBlock(t.Overdue) { Weight = TextWeight.Bolder }] : Array.Empty<Element>(),
                    new ActionSet([Actions.Execute(t.HandleRequest, new OpenPrivacyRequest(r.Id))]),
                ]) { Separator = true }),
                .. open.Count > MaxListed ? [Paragraph(t.MoreOpenRequests(open.Count - MaxListed))] : Array.Empty<Element>(),
                Heading(t.AccessLog),
                log.Count == 0 ? Paragraph(t.NoAccess) : TextBlock.Bullets(log.Select(l => t.AccessLine(texts.DateTime(l.At), Name(l.By, names, t), t.ActionName(l.Action), Subject(l.Subject, names, t)))),
            ]);
    }

    /// <summary>A download's subject in words (the log keeps "report:2026-2027:cohorts"); a person's, their id.</summary>
    private static string Subject(string subject, IReadOnlyDictionary<string, string> names, PrivacyTexts t) => AccessSubject.Parse(subject) switch
    {
        ("report", var year, _) => t.ReportSubject(year),
        ("statement", var expert, var month) => $"{t.StatementSubject(month)} ({Name(expert, names, t)})",
        ("registrations", _, _) => t.RegistrationsSubject,
        _ => Name(subject, names, t),
    };

    /// <summary>A person by name when SmqBot knows them; the retention pass, a pseudonym or anyone it no longer knows, in words.</summary>
    private static string Name(string id, IReadOnlyDictionary<string, string> names, PrivacyTexts t) =>
        names.TryGetValue(id, out var name) ? name : id == "retention" ? t.RetentionActor : id.StartsWith("anon-", StringComparison.Ordinal) ? t.ErasedPerson : t.UnknownPerson;

    /// <summary>The ids a log names, to look up.</summary>
    public static IEnumerable<string> Ids(IEnumerable<AccessEntry> log) =>
        log.SelectMany(l => new[] { l.By, AccessSubject.Parse(l.Subject) is ("statement", var expert, _) ? expert : l.Subject }).Where(Data.Ids.IsValid).Distinct();

    /// <summary>One request, to answer: what the person asked, the answer field, and what can be done.</summary>
    public static AdaptiveCard Request(PrivacyRequest r, string dataUrl, FormState form, Texts texts, string? done = null)
    {
        var t = texts.Privacy;
        var open = r.Status == PrivacyRequestStatus.Open;
        return Card(texts, t.StaffRequestLine(r.Name, t.KindOfRequest(r.Kind), texts.Date(r.At.UtcDateTime), texts.Date(r.DueAt.UtcDateTime)),
            [
                .. done is null ? [] : new Element[] { new TextBlock(done) { Weight = TextWeight.Bolder } },
                Title(t.KindOfRequest(r.Kind)),
                Paragraph(t.StaffRequestLine(r.Name, t.KindOfRequest(r.Kind), texts.Date(r.At.UtcDateTime), texts.Date(r.DueAt.UtcDateTime))),
                .. r.Details is { } details ? [Paragraph(details)] : Array.Empty<Element>(),
                .. open ? [] : (Element[])[Paragraph(t.StatusName(r.Status)), .. r.Answer is { } a ? [Paragraph(a)] : Array.Empty<Element>()],
                new ActionSet([new OpenUrlAction(t.TheirData, dataUrl)]),
                .. r.Review.Count == 0 ? [] : (Element[])
                [
                    Heading(t.ReviewHeading),
                    Note(t.ReviewIntro),
                    .. r.Review.Select((item, i) => (Element)new Container(
                    [
                        Paragraph(item.Text),
                        .. item.Blanked ? [Note(t.Blanked)] : (Element[])[new ActionSet([Actions.Execute(t.BlankText, new BlankReviewedText(r.Id, i))])],
                    ]) { Separator = true }),
                ],
                .. open ? [.. Refused(form, texts), .. PrivacyAnswerForm.Fields.Answer.Input(form, texts)] : Array.Empty<Element>(),
            ],
            open
                ? [
                    .. r.Kind == PrivacyRequestKind.Erasure
                        ? [Actions.Destructive(t.ErasePerson, new ErasePerson(r.Id))]
                        : new CardAction[] { Actions.Execute(t.MarkCorrected, new AnswerPrivacyRequest(r.Id, PrivacyRequestStatus.Done), style: "positive") },
                    Actions.Execute(t.Refuse, new AnswerPrivacyRequest(r.Id, PrivacyRequestStatus.Refused)),
                    Actions.Execute(texts.Common.Back, PrivacyVerbs.Requests),
                ]
                : [Actions.Execute(texts.Common.Back, PrivacyVerbs.Requests)]);
    }

    /// <summary>What the person is told in their chat once their request is answered (staff's answer as plain text).</summary>
    public static AdaptiveCard Told(PrivacyRequest r, Texts texts)
    {
        var t = texts.Privacy;
        var heading = r.Kind == PrivacyRequestKind.Erasure && r.Status == PrivacyRequestStatus.Done ? t.ToldErased
            : r.Status == PrivacyRequestStatus.Done ? t.ToldCorrected : t.ToldRefused;
        return Card(texts, heading, [Paragraph(heading), .. r.Answer is { } a && !(r.Kind == PrivacyRequestKind.Erasure && r.Status == PrivacyRequestStatus.Done) ? [Paragraph(a)] : Array.Empty<Element>()]);
    }

    /// <summary>What the person in charge is told when a request comes in.</summary>
    public static AdaptiveCard NewRequest(PrivacyRequest r, Texts texts) =>
        Card(texts, texts.Privacy.NewRequest(texts.Privacy.KindOfRequest(r.Kind), texts.Date(r.DueAt.UtcDateTime)),
            [Paragraph(texts.Privacy.NewRequest(texts.Privacy.KindOfRequest(r.Kind), texts.Date(r.DueAt.UtcDateTime)))],
            [Actions.Execute(texts.Privacy.HandleRequest, new OpenPrivacyRequest(r.Id))]);
}
