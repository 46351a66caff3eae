using SmqBot.Data.Documents;

namespace SmqBot.Data.Privacy;

public enum PrivacyRequestKind { Correction, Erasure }

public enum PrivacyRequestStatus { Open, Done, Refused }

/// <summary>
/// A person's request to the person in charge of the protection of personal information: correct something, or erase
/// them. The Act gives 30 days to answer (s. 32): <see cref="DueAt"/>. The answer is told to the person in the bot.
/// </summary>
public sealed record PrivacyRequest : IPersonalRecord<PrivacyRequest>
{
    /// <summary>A request is its requester's (their details); the answer is the staff member's who gave it.</summary>
    public static PersonalDataDeclaration<PrivacyRequest> PersonalData { get; } = new()
    {
        People = r => [new(r.AadObjectId, PersonRole.Self), .. r.AnsweredBy is { } by ? [new Reference(by, PersonRole.Answerer)] : Array.Empty<Reference>()],
        Texts = r => [.. r.Details is { } d ? [new TypedText(r.AadObjectId, "details", d)] : Array.Empty<TypedText>(),
            .. r.Answer is { } a ? [new TypedText(r.AnsweredBy, "answer", a)] : Array.Empty<TypedText>()],
        Export = (r, me) => r.AadObjectId != me ? [] :
            [ExportRow.Of("requests", ("date", r.At), ("kind", r.Kind.ToString()), ("details", r.Details), ("due", r.DueAt), ("status", r.Status.ToString()), ("answer", r.Answer), ("answered", r.AnsweredAt))],
        Erase = (r, e) => r with
        {
            AadObjectId = e.Id(r.AadObjectId),
            Name = e.Is(r.AadObjectId) ? Redaction.AnonymousName : r.Name,
            Details = e.Text(r.AadObjectId, r.Details),
            AnsweredBy = r.AnsweredBy is null ? null : e.Id(r.AnsweredBy),
            Answer = e.Text(r.AnsweredBy, r.Answer),
        },
    };

    public const int MaxDetails = 2000;
    public string DocumentType => "request";
    public required string Id { get; init; }
    public required PrivacyRequestKind Kind { get; init; }
    public required string AadObjectId { get; init; }
    public required string Name { get; init; }
    public required string TenantId { get; init; }
    /// <summary>What to correct, in the person's words (a correction); why, if they said (an erasure).</summary>
    public string? Details { get; init; }
    public required DateTimeOffset At { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public PrivacyRequestStatus Status { get; init; } = PrivacyRequestStatus.Open;
    public string? Answer { get; init; }
    public string? AnsweredBy { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    /// <summary>After an erasure: other people's texts that name the erased person, for staff to review (and blank).</summary>
    public IReadOnlyList<ReviewItem> Review { get; init; } = [];
}

public enum AccessAction { OwnDownload, Download, PersonExport, Erasure, Correction, Refusal, Retention }

/// <summary>
/// One line of the access log: who (an Entra id, or "retention" for the background pass) did what to whose data (an id
/// or what was downloaded), when. It names nobody beyond their ids.
/// </summary>
public sealed record AccessEntry(string Id, DateTimeOffset At, string By, AccessAction Action, string Subject) : IPersonalRecord<AccessEntry>
{
    /// <summary>A log line names who acted and, when it is a person, whose data; both see it in their export.</summary>
    public static PersonalDataDeclaration<AccessEntry> PersonalData { get; } = new()
    {
        People = l => [new(l.By, PersonRole.Actor), new(l.Subject, PersonRole.Subject)],
        Export = (l, me) => l.By != me && l.Subject != me ? [] : [ExportRow.Of("accessLog", ("date", l.At), ("action", l.Action.ToString()), ("byYou", l.By == me), ("aboutYou", l.Subject == me))],
        Erase = (l, e) => l with { By = e.Id(l.By), Subject = e.Id(l.Subject) },
    };

    public string DocumentType => "access";
}

/// <summary>What a download in the access log was (a report's table, an hour statement): written and read back here only.</summary>
public static class AccessSubject
{
    public static string Report(string fiscalYear, string what) => $"report:{fiscalYear}:{what}";
    public static string Statement(string expert, string month) => $"statement:{expert}:{month}";
    public static string Registrations(string activityId, string format) => $"registrations:{activityId}:{format}";

    /// <summary>A subject's kind ("report", "statement") and its two parts; null for a person's id.</summary>
    public static (string Kind, string First, string Second)? Parse(string subject) => subject.Split(':') is [var kind, var first, var second] ? (kind, first, second) : null;
}

/// <summary>
/// The privacy container: requests (one partition, a handful a year) and the access log (a partition per month, so a
/// month's lines are one query and the log grows without a hot partition).
/// </summary>
public sealed class PrivacyStore(IDocumentDatabase database, TimeProvider time)
{
    /// <summary>The partition of every request (a handful a year).</summary>
    public const string RequestsPartition = "requests";
    private const string Requests = RequestsPartition;
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromDays(30);

    private readonly IDocumentContainer _privacy = database.Container(ContainerNames.Privacy);

    public async Task<PrivacyRequest> AskAsync(PrivacyRequestKind kind, string aadObjectId, string name, string tenantId, string? details, string id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var request = new PrivacyRequest { Id = id, Kind = kind, AadObjectId = aadObjectId, Name = name, TenantId = tenantId, Details = details, At = now, DueAt = now + AnswerWithin };
        // The id is the card's nonce: the same card sent twice is one request.
        return (await _privacy.CreateAsync(Requests, id, request, ct))?.Value ?? (await _privacy.ReadAsync<PrivacyRequest>(Requests, id, ct))!.Value;
    }

    public async Task<PrivacyRequest?> FindAsync(string id, CancellationToken ct = default) => (await _privacy.ReadAsync<PrivacyRequest>(Requests, id, ct))?.Value;

    public IAsyncEnumerable<PrivacyRequest> OpenAsync(CancellationToken ct = default) =>
        _privacy.QueryAsync<PrivacyRequest>(DocumentQuery.InPartition(Requests).Where("status", PrivacyRequestStatus.Open).OrderedBy("at"), ct);

    /// <summary>The person's open request of that kind, if they have one (one partition, a handful of requests).</summary>
    public async Task<PrivacyRequest?> OpenOfAsync(string aadObjectId, PrivacyRequestKind kind, CancellationToken ct = default)
    {
        await foreach (var request in OfAsync(aadObjectId, ct))
            if (request.Kind == kind && request.Status == PrivacyRequestStatus.Open) return request;
        return null;
    }

    public IAsyncEnumerable<PrivacyRequest> OfAsync(string aadObjectId, CancellationToken ct = default) =>
        _privacy.QueryAsync<PrivacyRequest>(DocumentQuery.InPartition(Requests).Where("aadObjectId", aadObjectId).OrderedBy("at"), ct);

    /// <summary>Answers an open request; null when it was answered already (by someone else, or this same card twice).</summary>
    public async Task<PrivacyRequest?> AnswerAsync(string id, PrivacyRequestStatus status, string? answer, string by, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is null) return null;
        var answered = false;
        var stored = await _privacy.UpdateAsync<PrivacyRequest>(Requests, id, r =>
        {
            if (r!.Status != PrivacyRequestStatus.Open) { answered = false; return r; }
            answered = true;
            return r with { Status = status, Answer = answer, AnsweredBy = by, AnsweredAt = time.GetUtcNow() };
        }, ct);
        return answered ? stored.Value : null;
    }

    /// <summary>Records, on an erasure's request, the texts of others that name the erased person.</summary>
    public Task ReviewAsync(string id, IReadOnlyList<ReviewItem> review, CancellationToken ct = default) =>
        _privacy.UpdateAsync<PrivacyRequest>(Requests, id, r => r! with { Review = review }, ct);

    /// <summary>Marks one reviewed text blanked.</summary>
    public Task BlankedAsync(string id, int item, CancellationToken ct = default) =>
        _privacy.UpdateAsync<PrivacyRequest>(Requests, id, r => item >= 0 && item < r!.Review.Count
            ? r with { Review = [.. r.Review.Select((x, i) => i == item ? x with { Blanked = true, Text = Redaction.Erased } : x)] }
            : r!, ct);

    public Task LogAsync(string by, AccessAction action, string subject, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        return _privacy.CreateAsync(Month(now), id, new AccessEntry(id, now, by, action, subject), ct);
    }

    /// <summary>The log of this month and the one before, latest first.</summary>
    public async Task<IReadOnlyList<AccessEntry>> RecentLogAsync(int limit, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var lines = new List<AccessEntry>();
        foreach (var month in new[] { Month(now), Month(now.AddMonths(-1)) })
            lines.AddRange(await _privacy.QueryAsync<AccessEntry>(DocumentQuery.InPartition(month).OrderedBy("at", descending: true).Take(limit), ct).ToListAsync(ct));
        return [.. lines.OrderByDescending(l => l.At).Take(limit)];
    }

    private static string Month(DateTimeOffset at) => "log-" + at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The retention pass's mark on a course (cohort, accompaniment, call): while it works, its lease (who, until when) and
/// the secret its pseudonyms come from; once the course is anonymised, only when.
/// </summary>
public sealed record Retention(string? Owner = null, DateTimeOffset? Until = null, string? Secret = null, DateTimeOffset? Done = null);
