using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SmqBot.Data.Documents;

namespace SmqBot.Data.Privacy;

/// <summary>One stored document about someone, as their export shows it: what it is, where it is kept, and what of it is theirs.</summary>
public sealed record PersonalRecord(string Kind, string Container, string Id, JsonObject Data);

public sealed record PersonalExport(string AadObjectId, DateTimeOffset At, IReadOnlyList<PersonalRecord> Records);

/// <summary>What an erasure or a retention pass changed.</summary>
public sealed record Anonymised(int Rewritten, int Deleted);

/// <summary>
/// Everything SmqBot stores about one person, found by reading every container (the Act's access and portability, s. 27)
/// and anonymised on request (s. 28) or when the retention period is over (s. 23). A whole-store read is what finds a
/// document kind nobody thought of; it is a rare, staff- or person-initiated operation, a few thousand documents at
/// SMQ's scale (on Cosmos DB, a cross-partition read of each container: some hundreds of request units).
/// </summary>
public sealed class PersonalData(IDocumentDatabase database, TimeProvider time)
{
    /// <summary>Every container but the Data Protection key ring, which holds no one's data.</summary>
    private static IEnumerable<string> Scanned => ContainerNames.All.Where(c => c != ContainerNames.Keys);

    private sealed record Doc(string Container, JsonObject Json)
    {
        public string Id => (string)Json["id"]!;
        public string Pk => (string)Json["pk"]!;
    }

    private async Task<List<Doc>> ReadAllAsync(CancellationToken ct)
    {
        var all = new List<Doc>();
        foreach (var name in Scanned)
            await foreach (var json in database.Container(name).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions(), ct))
                all.Add(new Doc(name, json));
        return all;
    }

    /// <summary>
    /// The redaction that finds one person: their Entra id, and the names, addresses and Teams ids the documents give
    /// them (a roster, an application, their profile); with <paramref name="texts"/>, also the free texts they typed.
    /// </summary>
    private static Redaction Identify(string aadObjectId, IReadOnlyList<Doc> all, bool texts)
    {
        var redaction = new Redaction().Person(aadObjectId, Redaction.NewPseudonym());
        foreach (var doc in all.Where(d => redaction.Mentions(d.Json))) redaction.Learn(doc.Json);
        if (all.FirstOrDefault(d => d.Container == ContainerNames.People && d.Id == aadObjectId) is { } profile)
        {
            redaction.Name(Str(profile.Json["name"])).Email(Str(profile.Json["email"]));
            if (Str(profile.Json["personalConversation"]?["conversationId"]) is { } chat) redaction.Alias(chat, aadObjectId);
            if (Str(profile.Json["reach"]?["userId"]) is { } userId) redaction.Alias(userId, aadObjectId);
        }
        if (texts)
            foreach (var doc in all) FreeTexts(doc, id => id == aadObjectId, redaction);
        return redaction;
    }

    /// <summary>
    /// The free texts in a document that people for whom <paramref name="theirs"/> holds typed: their check-ins, field
    /// intentions and targets, their applications, their evaluation and the objectives of their coaching, the notes of
    /// hours they logged, their requests. Names and figures are not free texts (they are replaced, or kept).
    /// </summary>
    private static void FreeTexts(Doc doc, Func<string, bool> theirs, Redaction redaction)
    {
        var json = doc.Json;
        var owner = Str(json["aadObjectId"]);
        switch (doc.Container)
        {
            case ContainerNames.Participations when owner is not null && theirs(owner):
                foreach (var c in Array(json["checkIns"])) redaction.Text(Str(c?["applied"])).Text(Str(c?["obstacles"]));
                foreach (var i in Array(json["intentions"])) redaction.Text(Str(i?["text"]));
                foreach (var t in Array(json["targets"])) redaction.Text(Str(t?["what"])).Text(Str(t?["indicator"]));
                break;
            case ContainerNames.Calls when Str(json["documentType"]) == "application" && owner is not null && theirs(owner):
                redaction.Text(Str(json["people"])).Text(Str(json["improvementAreas"])).Text(Str(json["motivation"]));
                break;
            case ContainerNames.Privacy when Str(json["documentType"]) == "request" && owner is not null && theirs(owner):
                redaction.Text(Str(json["details"]));
                break;
            case ContainerNames.Accompaniments:
                if (Str(json["coachedPerson"]?["aadObjectId"]) is { } coached && theirs(coached))
                {
                    redaction.Text(Str(json["evaluation"]?["comments"]));
                    foreach (var t in Array(json["evaluation"]?["targets"])) redaction.Text(Str(t?["what"]));
                    foreach (var o in Array(json["objectives"])) redaction.Text(Str(o));
                }
                if (Str(json["expert"]?["aadObjectId"]) is { } expert && theirs(expert))
                    foreach (var e in Array(json["hours"]?["entries"])) redaction.Text(Str(e?["note"]));
                break;
            case ContainerNames.Cohorts:
                foreach (var e in Array(json["hours"]?["entries"]))
                    if (Str(e?["by"]) is { } by && theirs(by)) redaction.Text(Str(e?["note"]));
                break;
        }
    }

    // ---------------------------------------------------------------- access and portability

    /// <summary>Every document that names the person (by id, name, address or Teams id), each shown as theirs to see.</summary>
    public async Task<PersonalExport> ExportAsync(string aadObjectId, CancellationToken ct = default)
    {
        var all = await ReadAllAsync(ct);
        var who = Identify(aadObjectId, all, texts: false);
        var records = all.Where(d => who.Mentions(d.Json)).Select(d => Project(d, aadObjectId, who)).ToList();
        return new PersonalExport(aadObjectId, time.GetUtcNow(), records);
    }

    /// <summary>
    /// What of a document is the person's: all of their own (profile, participation, application, request); of a shared
    /// one (a cohort, an accompaniment, a meeting), their part in it and what it is, never what others typed (another
    /// member's check-ins, the expert's notes, someone else's evaluation); of a message to someone else, that it names them.
    /// </summary>
    private static PersonalRecord Project(Doc doc, string me, Redaction who)
    {
        var j = doc.Json;
        JsonObject Pick(params string[] fields)
        {
            var o = new JsonObject();
            foreach (var f in fields) if (j[f] is { } v) o[f] = v.DeepClone();
            return o;
        }
        JsonObject Own()
        {
            var o = Pick([.. j.Select(p => p.Key).Where(k => k is not ("id" or "pk") && !k.StartsWith('_'))]);
            return o;
        }
        bool Is(JsonNode? personRef) => Str(personRef?["aadObjectId"]) == me;
        JsonArray Entries(Func<JsonNode?, bool> keep, bool withNotes) => [.. Array(j["hours"]?["entries"]).Where(keep).Select(e =>
        {
            var copy = e!.DeepClone().AsObject();
            if (!withNotes) copy.Remove("note");
            return (JsonNode)copy;
        })];

        var (kind, data) = doc.Container switch
        {
            ContainerNames.People when doc.Id == me => ("profile", Own()),
            ContainerNames.Participations when Str(j["aadObjectId"]) == me => ("participation", Own()),
            ContainerNames.Calls when Str(j["documentType"]) == "application" && Str(j["aadObjectId"]) == me => ("application", Own()),
            ContainerNames.Calls when Str(j["createdBy"]) == me => ("callCreated", Pick("titleFr", "createdAt", "postedAt", "deadline")),
            ContainerNames.Privacy when Str(j["documentType"]) == "request" && Str(j["aadObjectId"]) == me => ("privacyRequest", Own()),
            ContainerNames.Privacy when Str(j["documentType"]) == "access" => ("accessLog", Pick("at", "action", "subject")),
            ContainerNames.Invitations => ("invitation", Pick("email", "cohorts", "invitedAt")),
            ContainerNames.Cohorts => ("cohort", With(Pick("subject", "fiscalYear", "start", "end", "closed", "closedAt"),
                ("role", Array(j["experts"]).Any(Is) ? "expert" : Array(j["members"]).Any(Is) ? "member" : "invited"),
                ("hoursYouLogged", Entries(e => Str(e?["by"]) == me, withNotes: true)))),
            ContainerNames.Accompaniments when Is(j["coachedPerson"]) => ("accompaniment", With(
                Pick("institution", "axis", "budgetMinutes", "objectives", "fiscalYear", "start", "end", "closed", "closedAt", "evaluation"),
                ("role", "coached"), ("expert", Str(j["expert"]?["name"])), ("hours", Entries(_ => true, withNotes: false)))),
            ContainerNames.Accompaniments when Is(j["expert"]) => ("accompaniment", With(
                Pick("institution", "axis", "budgetMinutes", "fiscalYear", "start", "end", "closed", "closedAt"),
                ("role", "expert"), ("coachedPerson", Str(j["coachedPerson"]?["name"])), ("hoursYouLogged", Entries(_ => true, withNotes: true)))),
            ContainerNames.Accompaniments => ("accompaniment", With(Pick("institution", "axis", "fiscalYear", "start", "end", "closed"), ("role", "staffOwner"))),
            ContainerNames.Meetings => ("meeting", With(Pick("cohortSubject", "status", "start", "end", "durationMinutes"),
                ("role", Is(j["organiser"]) ? "organiser" : "invited"),
                ("yourVote", Array(j["votes"]).FirstOrDefault(Is)?["slotIds"]?.DeepClone()))),
            ContainerNames.Outbox when AddressedTo(j, me, who) => ("messageToYou", Pick("subject", "status", "createdAt", "sentAt")),
            ContainerNames.Outbox => ("messageNamingYou", Pick("subject", "createdAt")),
            ContainerNames.Installations => ("team", With(Pick("name"), ("role", "member"))),
            _ => ("mention", new JsonObject()),
        };
        return new PersonalRecord(kind, doc.Container, doc.Id, data);
    }

    private static JsonObject With(JsonObject o, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields) if (value is not null) o[key] = value;
        return o;
    }

    private static bool AddressedTo(JsonObject message, string me, Redaction who) =>
        Str(message["person"]?["aadObjectId"]) == me
        || (Str(message["person"]?["userId"]) is { } userId && who.Ids.ContainsKey(userId))
        || (Str(message["conversation"]?["conversationId"]) is { } chat && who.Ids.ContainsKey(chat))
        || (Str(message["conversation"]?["userId"]) is { } user && who.Ids.ContainsKey(user));

    // ---------------------------------------------------------------- erasure

    /// <summary>
    /// Erases a person: their profile, invitations and the messages addressed to them are deleted; every other document
    /// that names them is anonymised (a pseudonym for their ids, "Personne anonymisée" for their names, their address
    /// and every free text they typed removed; figures kept), so reports count the same. Their next message starts
    /// them afresh. Safe to run again: a second run finds nothing.
    /// </summary>
    public async Task<Anonymised> EraseAsync(string aadObjectId, CancellationToken ct = default)
    {
        var all = await ReadAllAsync(ct);
        var who = Identify(aadObjectId, all, texts: true);
        var (rewritten, deleted) = (0, 0);
        foreach (var doc in all.Where(d => who.Mentions(d.Json)))
        {
            var container = database.Container(doc.Container);
            var gone = doc.Container switch
            {
                ContainerNames.People => doc.Id == aadObjectId,
                ContainerNames.Invitations => true,
                ContainerNames.Outbox => AddressedTo(doc.Json, aadObjectId, who),
                _ => false,
            };
            if (gone)
            {
                if (await container.DeleteAsync(doc.Pk, doc.Id, ct)) deleted++;
                continue;
            }
            if (await RewriteAsync(container, doc.Pk, doc.Id, json => Prune(doc.Container, json, aadObjectId, who), who, ct)) rewritten++;
        }
        return new Anonymised(rewritten, deleted);
    }

    /// <summary>What is removed, not replaced: them from a team's roster and a cohort's invitations; the body of a message that went out.</summary>
    private static JsonObject Prune(string container, JsonObject json, string me, Redaction who)
    {
        switch (container)
        {
            case ContainerNames.Installations when json["members"] is JsonArray members:
                json["members"] = new JsonArray([.. members.Where(m => Str(m?["aadObjectId"]) != me).Select(m => m?.DeepClone())]);
                break;
            case ContainerNames.Cohorts when json["invited"] is JsonArray invited:
                json["invited"] = new JsonArray([.. invited.Where(i => !who.Emails.Contains(Str(i?["email"]) ?? "")).Select(i => i?.DeepClone())]);
                break;
            case ContainerNames.Outbox when json["open"]?.GetValue<bool>() == false:
                // Delivered: what it said is in the recipient's chat; the store keeps only that it went out.
                json.Remove("card");
                json.Remove("text");
                break;
        }
        return json;
    }

    /// <summary>
    /// Rewrites one document through <paramref name="redaction"/>, on its latest version (ETag), again if someone wrote
    /// in between. A document whose id or partition names someone moves to its pseudonymised address.
    /// </summary>
    private static async Task<bool> RewriteAsync(IDocumentContainer container, string pk, string id, Func<JsonObject, JsonObject> prune, Redaction redaction, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var current = await container.ReadAsync<JsonObject>(pk, id, ct);
            if (current is null) return false;
            var source = Strip(current.Value);
            if (!redaction.Mentions(source)) return false;
            var next = (JsonObject)redaction.Apply(prune(source))!;
            next.Remove("id");
            next.Remove("pk");
            var (newPk, newId) = (redaction.Replace(pk), redaction.Replace(id));
            if (newPk == pk && newId == id)
            {
                if (await container.ReplaceAsync(pk, id, next, current.ETag, ct) is not null) return true;
                continue;
            }
            // Moved: create at the new address (a rerun finds it there already), then delete the old one.
            await container.CreateAsync(newPk, newId, next, ct);
            await container.DeleteAsync(pk, id, ct);
            return true;
        }
        throw new InvalidOperationException($"Gave up anonymising a document in {container.Name} after 50 conflicting writes.");
    }

    /// <summary>Cosmos DB's system properties (_rid, _etag, _ts…) are not the document's.</summary>
    private static JsonObject Strip(JsonObject json)
    {
        var copy = json.DeepClone().AsObject();
        foreach (var key in copy.Select(p => p.Key).Where(k => k.StartsWith('_')).ToList()) copy.Remove(key);
        return copy;
    }

    // ---------------------------------------------------------------- retention

    /// <summary>How long one pass may hold a course before another instance takes it over.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Anonymises every course whose time is up: cohorts and accompaniments closed before <paramref name="cutoff"/>, and
    /// calls whose deadline passed before it (their applications); deletes invitations older than it. Returns how many it handled. Each course is taken under a lease written with its
    /// ETag, so two instances never work on one at once; a pass that stops half-way is finished by the next.
    /// </summary>
    public async Task<int> RetentionPassAsync(string owner, DateTimeOffset cutoff, CancellationToken ct = default)
    {
        var done = 0;
        foreach (var container in new[] { ContainerNames.Cohorts, ContainerNames.Accompaniments, ContainerNames.Calls })
        {
            var query = container == ContainerNames.Calls
                ? DocumentQuery.AcrossPartitions().Where("documentType", "call")
                : DocumentQuery.AcrossPartitions().Where("closed", true);
            var due = new List<(string Pk, string Id)>();
            await foreach (var json in database.Container(container).QueryAsync<JsonObject>(query, ct))
                if (json["retention"]?["done"] is null && Date(json[container == ContainerNames.Calls ? "deadline" : "closedAt"]) is { } ended && ended <= cutoff)
                    due.Add(((string)json["pk"]!, (string)json["id"]!));
            foreach (var (pk, id) in due)
                if (await ClaimAsync(container, pk, id, owner, ct) is { } secret)
                {
                    await AnonymiseCourseAsync(container, pk, id, secret, ct);
                    await FinishAsync(container, id, ct);
                    done++;
                }
        }
        // Invitations nobody took up: the address of someone who never came, kept no longer than a course's people.
        var invitations = database.Container(ContainerNames.Invitations);
        var stale = new List<(string Pk, string Id)>();
        await foreach (var json in invitations.QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions(), ct))
            if (Date(json["invitedAt"]) is { } invited && invited <= cutoff) stale.Add(((string)json["pk"]!, (string)json["id"]!));
        foreach (var (pk, id) in stale)
            if (await invitations.DeleteAsync(pk, id, ct)) done++;
        return done;
    }

    /// <summary>The course's secret when this pass holds its lease (a new one, or the one a pass that stopped left); null when another holds it.</summary>
    private async Task<string?> ClaimAsync(string container, string pk, string id, string owner, CancellationToken ct)
    {
        var store = database.Container(container);
        var current = await store.ReadAsync<JsonObject>(pk, id, ct);
        if (current is null) return null;
        var json = Strip(current.Value);
        var now = time.GetUtcNow();
        var retention = json["retention"] as JsonObject;
        if (retention?["done"] is not null) return null;
        if (Str(retention?["owner"]) is { } holder && holder != owner && Date(retention?["until"]) > now) return null;
        var secret = Str(retention?["secret"]) ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        json["retention"] = new JsonObject { ["owner"] = owner, ["until"] = JsonValue.Create(now + Lease), ["secret"] = secret };
        json.Remove("id");
        json.Remove("pk");
        return await store.ReplaceAsync(pk, id, json, current.ETag, ct) is null ? null : secret;
    }

    /// <summary>Marks the course anonymised and drops the secret (the course may have moved: an accompaniment lives in its expert's partition).</summary>
    private async Task FinishAsync(string container, string id, CancellationToken ct)
    {
        var store = database.Container(container);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var found = await store.QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions().Where("id", id), ct).FirstOrDefaultAsync(ct);
            if (found is null) return;
            var pk = (string)found["pk"]!;
            var current = await store.ReadAsync<JsonObject>(pk, id, ct);
            if (current is null) continue;
            var json = Strip(current.Value);
            json["retention"] = new JsonObject { ["done"] = JsonValue.Create(time.GetUtcNow()) };
            json.Remove("id");
            json.Remove("pk");
            if (await store.ReplaceAsync(pk, id, json, current.ETag, ct) is not null) return;
        }
    }

    /// <summary>
    /// Anonymises one course (a cohort with its participations and meetings, an accompaniment with its participation, a
    /// call with its applications): every person in it gets a pseudonym, every free text in it goes; figures stay. The
    /// pseudonyms come from <paramref name="secret"/>, so two runs give one person the same pseudonym in every document
    /// of the course; once done, the secret is dropped and nothing links a pseudonym to anyone.
    /// </summary>
    private async Task AnonymiseCourseAsync(string container, string pk, string courseId, string secret, CancellationToken ct)
    {
        var course = await database.Container(container).ReadAsync<JsonObject>(pk, courseId, ct);
        if (course is null) return;
        var docs = new List<Doc>();
        if (container == ContainerNames.Calls)
            await foreach (var d in database.Container(container).QueryAsync<JsonObject>(DocumentQuery.InPartition(pk), ct)) docs.Add(new(container, d));
        else
        {
            docs.Add(new(container, course.Value));
            await foreach (var p in database.Container(ContainerNames.Participations).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions().Where("courseId", courseId), ct))
                docs.Add(new(ContainerNames.Participations, p));
        }
        if (container == ContainerNames.Cohorts)
            await foreach (var m in database.Container(ContainerNames.Meetings).QueryAsync<JsonObject>(DocumentQuery.InPartition(courseId), ct))
                docs.Add(new(ContainerNames.Meetings, m));

        var redaction = new Redaction();
        foreach (var id in docs.SelectMany(d => PeopleIn(d.Json)).Distinct())
            redaction.Person(id, "anon-" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(id)))[..16]);
        foreach (var doc in docs)
        {
            redaction.Learn(doc.Json);
            FreeTexts(doc, _ => true, redaction);
        }
        foreach (var doc in docs)
            await RewriteAsync(database.Container(doc.Container), doc.Pk, doc.Id, json =>
            {
                if (json["invited"] is JsonArray) json["invited"] = new JsonArray();
                return json;
            }, redaction, ct);
    }

    private static DateTimeOffset? Date(JsonNode? node) => node is JsonValue v && v.TryGetValue<DateTimeOffset>(out var d) ? d : null;

    /// <summary>The Entra ids a document names as people (any object with an aadObjectId, an hour entry's author).</summary>
    private static IEnumerable<string> PeopleIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (Str(o["aadObjectId"]) is { Length: > 0 } id && !id.StartsWith("anon-", StringComparison.Ordinal)) yield return id;
                foreach (var (_, child) in o)
                    foreach (var inner in PeopleIn(child)) yield return inner;
                break;
            case JsonArray a:
                foreach (var child in a)
                    foreach (var inner in PeopleIn(child)) yield return inner;
                break;
        }
    }

    private static IEnumerable<JsonNode?> Array(JsonNode? node) => node as JsonArray ?? [];

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
