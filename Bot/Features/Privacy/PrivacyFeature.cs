using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SmqBot.Bot.Features.Exports;
using SmqBot.Bot.Features.Outbox;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Cards.Privacy;
using SmqBot.Data.People;
using SmqBot.Data.Privacy;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Privacy;

/// <summary>
/// Law 25 in the bot. Everyone: `mes données` / `my data` (what is kept, who sees it, a JSON and a CSV download of all of
/// it) and a request for a correction or an erasure, answered in the bot. The person in charge (staff): `confidentialité`
/// / `privacy`, the open requests with their 30-day due dates, the answer, the erasure, and the access log.
/// </summary>
public sealed class PrivacyFeature(PersonalData data, PrivacyStore privacy, PeopleStore people, OutboxQueue outbox, Callers callers,
    ExportLinks links, IOptions<PrivacyOptions> options, TimeProvider time, IMemoryCache cache) : IFeature
{
    public const string Route = "mydata";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);

    public static readonly CommandInfo MyDataCommand = new("mydata", ["mes donnees", "mesdonnees", "my data", "mydata", "donnees", "vie privee"], t => t.Privacy.MyDataCommand, [], InManifest: false) { Order = 25, Expensive = true };
    public static readonly CommandInfo PrivacyCommand = new(SendOut.Privacy, ["confidentialite", SendOut.Privacy, "loi 25"], t => t.Privacy.PrivacyCommand, [Role.Staff], InManifest: false) { Order = 120 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(MyDataCommand, (r, ct) => MyDataAsync(r.Caller, PrivacyRequestForm.Empty, null, ct)), (PrivacyCommand, Requests)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(PrivacyVerbs.MyData, [], (r, ct) => MyDataAsync(r.Caller, PrivacyRequestForm.Empty, null, ct)) { Expensive = true },
        FormRoute.For<PrivacyRequestForm, AskPrivacy>([], PrivacyRequestForm.Bind, (r, _, state, ct) => MyDataAsync(r.Caller, state, null, ct), AskAsync),
        new(PrivacyVerbs.Requests, [Role.Staff], Requests),
        ActionRoute.For<OpenPrivacyRequest>([Role.Staff], (r, open, ct) => RequestAsync(r, open.Request, FormState.Empty, null, ct)),
        FormRoute.For<PrivacyAnswerForm, AnswerPrivacyRequest>([Role.Staff], PrivacyAnswerForm.Bind, (r, answer, state, ct) => RequestAsync(r, answer.Request, state, null, ct), AnswerAsync),
        ActionRoute.For<ErasePerson>([Role.Staff], EraseAsync) with { Confirm = t => t.Privacy.ConfirmErase },
        ActionRoute.For<BlankReviewedText>([Role.Staff], BlankAsync),
    ];

    private string Officer => options.Value.Officer;

    private async Task<Reply> MyDataAsync(Caller caller, FormState form, string? note, CancellationToken ct)
    {
        var me = caller.Person.AadObjectId;
        var export = me.Length == 0 ? null : await data.ExportAsync(me, ct);
        var kinds = export?.Sections.Select(g => (g.Key, g.Count())).OrderBy(k => SectionOrder(k.Key)).ToList() ?? [];
        var requests = me.Length == 0 ? [] : await privacy.OfAsync(me, ct).ToListAsync(ct);
        var view = new MyDataView(kinds, Link(me, me, "json", caller.Texts), Link(me, me, "csv", caller.Texts), Link(me, me, Exports.Spreadsheet.Format, caller.Texts), Officer, requests, Guid.NewGuid().ToString("N"));
        var card = MyDataCard.Build(view, form, caller.Texts);
        return note is null ? card : card.Saying(note);
    }

    /// <summary>The sections as the card and the downloads show them: what is most the person's first.</summary>
    private static readonly string[] Sections =
        ["profile", "courses", "targets", "checkIns", "intentions", "applications", "activities", "evaluations", "accompaniments", "cohorts", "hours", "meetings",
         "invitations", "messages", "teams", "callsCreated", "activitiesCreated", "plansSet", "requests", "accessLog"];

    private static int SectionOrder(string section) => Array.IndexOf(Sections, section) is var i and >= 0 ? i : int.MaxValue;

    private string Link(string subject, string by, string format, Texts texts) => links.Mint(Route, LinkLifetime, by, subject, format, texts.Locale);

    private async Task<Reply> AskAsync(Request request, AskPrivacy ask, Submission<PrivacyRequestForm> form, CancellationToken ct)
    {
        var caller = request.Caller;
        var nonce = ask.Nonce;
        if (caller.Person.AadObjectId.Length == 0) return Reply.Refuse(caller.Texts, caller.Texts.Common.UnknownAction);
        // One open request per person and kind: asking again shows the one that is open, and nobody is told twice.
        if (await privacy.OpenOfAsync(caller.Person.AadObjectId, form.Form.Kind, ct) is { } open && open.Id != "pr-" + nonce)
            return await MyDataAsync(caller, PrivacyRequestForm.Empty,
                caller.Texts.Privacy.AlreadyOpen(caller.Texts.Privacy.KindOfRequest(open.Kind), caller.Texts.Date(open.DueAt.UtcDateTime)), ct);
        var asked = await privacy.AskAsync(form.Form.Kind, caller.Person.AadObjectId, caller.Person.Name ?? "", caller.Person.TenantId, form.Form.Details, "pr-" + nonce, ct);
        if (await people.FindByEmailAsync(options.Value.OfficerEmail, ct) is { } officer)
            await outbox.ToPersonIfReachableAsync(MessageKey.PrivacyRequest(asked.Id), SendOut.Privacy, officer, t => PrivacyCard.NewRequest(asked, t), ct);
        return await MyDataAsync(caller, PrivacyRequestForm.Empty, caller.Texts.Privacy.RequestSent(Officer, caller.Texts.Date(asked.DueAt.UtcDateTime)), ct);
    }

    private async Task<Reply> Requests(Request request, CancellationToken ct)
    {
        var open = await privacy.OpenAsync(ct).ToListAsync(ct);
        var log = await privacy.RecentLogAsync(30, ct);
        var names = new Dictionary<string, string>();
        foreach (var id in PrivacyCard.Ids(log))
            if (await people.FindAsync(id, ct) is { Name: { } name }) names[id] = name;
        return PrivacyCard.Build(open, log, names, Officer, time.GetUtcNow(), request.Caller.Texts);
    }

    private async Task<Reply> RequestAsync(Request request, string id, FormState form, string? done, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await privacy.FindAsync(id, ct) is not { } found) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return PrivacyCard.Request(found, Link(found.AadObjectId, request.Caller.Person.AadObjectId, "json", texts), form, texts, done);
    }

    private async Task<Reply> AnswerAsync(Request request, AnswerPrivacyRequest answer, Submission<PrivacyAnswerForm> form, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = answer.Request;
        if (await privacy.FindAsync(id, ct) is not { } found) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var answered = await privacy.AnswerAsync(id, form.Form.Status, form.Form.Answer, request.Caller.Person.AadObjectId, ct);
        if (answered is null) return await RequestAsync(request, id, FormState.Empty, texts.Privacy.AlreadyAnswered, ct);
        await privacy.LogAsync(request.Caller.Person.AadObjectId, form.Form.Status == PrivacyRequestStatus.Done ? AccessAction.Correction : AccessAction.Refusal, found.AadObjectId, ct);
        await outbox.ToPersonIfReachableAsync(MessageKey.PrivacyAnswer(id), SendOut.Privacy, await people.FindAsync(found.AadObjectId, ct), t => PrivacyCard.Told(answered, t), ct);
        return await RequestAsync(request, id, FormState.Empty, texts.Privacy.Answered(texts.Privacy.StatusName(answered.Status)), ct);
    }

    /// <summary>
    /// Erases the person who asked: logged first (the log line is then anonymised with the rest), erased, the request
    /// marked done, and the person told in the chat SmqBot had with them (by its address alone: nothing else of theirs is left).
    /// </summary>
    private async Task<Reply> EraseAsync(Request request, ErasePerson erase, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = erase.Request;
        if (await privacy.FindAsync(id, ct) is not { } found || found.Kind != PrivacyRequestKind.Erasure) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (found.Status != PrivacyRequestStatus.Open) return await RequestAsync(request, id, FormState.Empty, texts.Privacy.AlreadyAnswered, ct);
        var person = await people.FindAsync(found.AadObjectId, ct);
        var told = person is null ? null : PrivacyCard.Told(found with { Status = PrivacyRequestStatus.Done }, callers.TextsFor(person, null));
        await privacy.LogAsync(request.Caller.Person.AadObjectId, AccessAction.Erasure, found.AadObjectId, ct);
        var erased = await data.EraseAsync(found.AadObjectId, ct);
        await privacy.AnswerAsync(id, PrivacyRequestStatus.Done, null, request.Caller.Person.AadObjectId, ct);
        if (person is not null && (person.PersonalConversation is not null || person.Reach is not null))
            await outbox.EnqueueAsync(new Data.Outbox.OutboxMessage
            {
                Key = MessageKey.PrivacyErased(id), Broadcast = SendOut.Privacy, TenantId = person.TenantId, ForgetWhenClosed = true,
                Conversation = person.PersonalConversation is { } chat ? chat with { UserId = null } : null,
                Person = person.PersonalConversation is null ? person.Reach! with { AadObjectId = null } : null,
                Card = CardJson.Serialize(told!), Subject = told!.FallbackText,
            }, ct: ct);
        if (erased.Review.Count > 0) await privacy.ReviewAsync(id, erased.Review, ct);
        return (await RequestAsync(request, id, FormState.Empty, texts.Privacy.Erased(erased.Rewritten, erased.Deleted), ct)).AsDone();
    }

    /// <summary>Blanks one text an erasure's review listed (someone else's words that named the erased person).</summary>
    private async Task<Reply> BlankAsync(Request request, BlankReviewedText blank, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (id, item) = (blank.Request, blank.Item);
        if (await privacy.FindAsync(id, ct) is not { } found || item < 0 || item >= found.Review.Count) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (!found.Review[item].Blanked) await data.BlankAsync(found.Review[item], ct);
        await privacy.BlankedAsync(id, item, ct);
        await privacy.LogAsync(request.Caller.Person.AadObjectId, AccessAction.Erasure, found.Review[item].Id, ct);
        return await RequestAsync(request, id, FormState.Empty, texts.Privacy.Blanked, ct);
    }

    /// <summary>
    /// <c>GET /exports/mydata/{token}</c>: a person's data, for them (while SmqBot still knows them) or for staff answering
    /// a request (while still staff). 404 for a forged, altered or expired token; every download logged. JSON is the
    /// complete export by section and field; CSV and the workbook read as a person reads (sections and fields in words,
    /// dates as dates; one sheet per section). The export is made once per link and reused while the link is valid.
    /// </summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (links.Read(Route, token) is not [var by, var subject, var format and ("json" or "csv" or Exports.Spreadsheet.Format), var locale]) return Results.NotFound();
        var own = subject == by;
        if (own ? await people.FindAsync(subject, ct) is null : !await callers.IsStaffAsync(by, ct)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        await privacy.LogAsync(by, own ? AccessAction.OwnDownload : AccessAction.PersonExport, subject, ct);
        var export = await cache.GetOrCreateAsync("mydata:" + token, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = LinkLifetime;
            return await data.ExportAsync(subject, ct);
        }) ?? throw new InvalidOperationException("The export could not be made.");
        var texts = Texts.For(locale);
        var name = $"{texts.Exports.File("mydata")}-{time.GetUtcNow():yyyy-MM-dd}";
        if (format == "json")
            return Results.File(JsonSerializer.SerializeToUtf8Bytes(Json(export), ExportJson), "application/json; charset=utf-8", name + ".json");
        var sections = export.Sections.OrderBy(g => SectionOrder(g.Key)).ToList();
        if (format == Exports.Spreadsheet.Format)
            return Exports.Spreadsheet.Download([.. sections.Select(g => Sheet(g.Key, [.. g], texts))], name);
        var p = texts.Privacy;
        return ExportTable.Of(texts.Exports.Sheet("data"), [p.FieldName("section"), p.FieldName("item"), p.FieldName("field"), p.FieldName("value")],
                sections.SelectMany(g => g.SelectMany((row, i) => row.Fields.Where(f => f.Value is not null).Select(f => (Section: g.Key, Item: i + 1, Field: f)))),
                x => [p.KindName(x.Section), x.Item, p.FieldName(x.Field.Key), Cell(x.Field.Value, texts)])
            .Csv(texts.Culture, name + ".csv");
    }

    /// <summary>One section as a sheet: a column per field, in words; a row per item.</summary>
    private static ExportTable Sheet(string section, IReadOnlyList<ExportRow> rows, Texts texts)
    {
        var keys = rows.SelectMany(r => r.Fields.Select(f => f.Key)).Distinct().ToList();
        return ExportTable.Of(texts.Privacy.SheetName(section), [.. keys.Select(texts.Privacy.FieldName)], rows,
            r => [.. keys.Select(k => Cell(r.Fields.FirstOrDefault(f => f.Key == k)?.Value, texts))]);
    }

    /// <summary>A value as a spreadsheet cell: dates as dates, whole numbers as numbers, yes and no in words.</summary>
    private static object? Cell(object? value, Texts texts) => value switch
    {
        null => null,
        DateTimeOffset at => Data.Programme.DateOf(at),
        DateOnly d => d,
        int n => n,
        double x when x == Math.Floor(x) && Math.Abs(x) < int.MaxValue => (int)x,
        double x => x.ToString(texts.Culture),
        bool b => b ? texts.Privacy.Yes : texts.Privacy.No,
        _ => value.ToString(),
    };

    /// <summary>The JSON export: complete and machine-readable, by section, each field by its key.</summary>
    private static JsonObject Json(PersonalExport export)
    {
        var sections = new JsonObject();
        foreach (var group in export.Sections.OrderBy(g => SectionOrder(g.Key)))
        {
            var items = new JsonArray();
            foreach (var row in group)
                items.Add(new JsonObject(row.Fields.Select(f => KeyValuePair.Create(f.Key, JsonSerializer.SerializeToNode(f.Value, Data.Documents.DocumentJson.Options)))));
            sections[group.Key] = items;
        }
        return new JsonObject { ["aadObjectId"] = export.AadObjectId, ["exportedAt"] = JsonValue.Create(export.At), ["sections"] = sections };
    }

    private static readonly JsonSerializerOptions ExportJson = new(Data.Documents.DocumentJson.Options)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
