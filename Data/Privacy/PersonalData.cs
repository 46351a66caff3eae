using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmqBot.Data.Activities;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Data.Installations;
using SmqBot.Data.Meetings;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;

namespace SmqBot.Data.Privacy;

/// <summary>Everything SmqBot keeps about one person, as they read it: rows by section ("profile", "checkIns"…), each field by a key their language names.</summary>
public sealed record PersonalExport(string AadObjectId, DateTimeOffset At, IReadOnlyList<ExportRow> Rows)
{
    public IEnumerable<IGrouping<string, ExportRow>> Sections => Rows.GroupBy(r => r.Section);
}

/// <summary>What an erasure or a retention pass changed.</summary>
public sealed record Anonymised(int Rewritten, int Deleted);

/// <summary>Someone else's text that names an erased person: for staff to review, and to blank if it should go.</summary>
public sealed record ReviewItem(string Container, string PartitionKey, string Id, string Path, string Text, bool Blanked = false);

/// <summary>An erasure's outcome: what it changed, and the texts of others that name the person.</summary>
public sealed record Erased(int Rewritten, int Deleted, IReadOnlyList<ReviewItem> Review);

/// <summary>
/// One person's data, found and changed through the declarations the records make of their personal data
/// (<see cref="PersonalDataDeclaration{T}"/>): access and portability (s. 27), erasure (s. 28), and retention (s. 23).
/// Finding a person's records costs what their own data costs: point reads of their profile and courses, their
/// partitions, and queries on the fields the declarations name (indexed by Cosmos DB), never a read of every container.
/// </summary>
public sealed class PersonalData(IDocumentDatabase database, TimeProvider time)
{
    // ---------------------------------------------------------------- who, and where their records are

    /// <summary>What finding someone's records starts from: their id, profile and participations (the courses they are in).</summary>
    private sealed record Who(string AadObjectId, Person? Profile, IReadOnlyList<Participation> Participations)
    {
        public IReadOnlySet<string> Emails { get; } = new HashSet<string>(Profile?.Email is { } e ? [e] : [], StringComparer.OrdinalIgnoreCase);

        public IReadOnlySet<string> Aliases { get; } = new HashSet<string>(
            new[] { Profile?.PersonalConversation?.ConversationId, Profile?.PersonalConversation?.UserId, Profile?.Reach?.UserId }.OfType<string>(), StringComparer.Ordinal);

        public IReadOnlyList<string> Courses { get; } = [.. Participations.Select(p => p.CourseId).Concat(Profile?.ExpertOfCohorts ?? []).Distinct()];

        public IReadOnlyList<string> Names { get; } = [.. new[] { Profile?.Name }.Concat(Participations.Select(p => p.Name)).OfType<string>()
            .Where(n => n.Trim().Length >= 3 && n != Redaction.AnonymousName).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private async Task<Who> WhoAsync(string aadObjectId, CancellationToken ct)
    {
        var profile = (await database.Container(ContainerNames.People).ReadAsync<Person>(aadObjectId, aadObjectId, ct))?.Value;
        var participations = await database.Container(ContainerNames.Participations).QueryAsync<Participation>(DocumentQuery.InPartition(aadObjectId), ct).ToListAsync(ct);
        return new Who(aadObjectId, profile, participations);
    }

    /// <summary>A record found for someone: where it is, and what it is.</summary>
    private sealed record Hit(Declared Declared, string Pk, string Id, object Value);

    /// <summary>One declared record type: its container, how to find a person's records of it, and its declaration.</summary>
    private abstract class Declared(string container)
    {
        public string Container => container;
        /// <summary>The <c>documentType</c> its documents carry, where a container holds several kinds (calls, privacy).</summary>
        public string? DocumentType { get; init; }
        public abstract Type Type { get; }
        public abstract IAsyncEnumerable<Hit> FindAsync(IDocumentDatabase db, Who who, CancellationToken ct);
        public abstract IEnumerable<ExportRow> Export(object value, string me);
        public abstract IEnumerable<TypedText> Texts(object value);
        public abstract IEnumerable<Reference> People(object value);
        public abstract object? Erase(object value, Erasure erasure);
        public abstract object Blank(object value, string path);
        /// <summary>Changes the record where it is (see <see cref="DocumentUpdates.ChangeAsync{T}"/>).</summary>
        public abstract Task<DocumentChange> ChangeAsync(IDocumentContainer store, string pk, string id, Func<object, object?> change, CancellationToken ct);
        /// <summary>Moves the record, changed, to a new address (created there first, so a rerun finds it), then deletes the old one.</summary>
        public abstract Task<DocumentChange> MoveAsync(IDocumentContainer store, string pk, string id, string newPk, string newId, Func<object, object?> change, CancellationToken ct);
    }

    private sealed class Declared<T>(string container, Func<IDocumentContainer, Who, IAsyncEnumerable<(string Pk, string Id, T Value)>> find) : Declared(container)
        where T : class, IPersonalRecord<T>
    {
        private static PersonalDataDeclaration<T> D => T.PersonalData;
        public override Type Type => typeof(T);

        public override async IAsyncEnumerable<Hit> FindAsync(IDocumentDatabase db, Who who, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            var seen = new HashSet<(string, string)>();
            await foreach (var (pk, id, value) in find(db.Container(Container), who).WithCancellation(ct))
                if (seen.Add((pk, id))) yield return new Hit(this, pk, id, value);
        }

        public override IEnumerable<ExportRow> Export(object value, string me) => D.Export((T)value, me);
        public override IEnumerable<TypedText> Texts(object value) => D.Texts((T)value);
        public override IEnumerable<Reference> People(object value) => D.People((T)value);
        public override object? Erase(object value, Erasure erasure) => D.Erase((T)value, erasure);
        public override object Blank(object value, string path) => D.Blank((T)value, path);

        public override Task<DocumentChange> ChangeAsync(IDocumentContainer store, string pk, string id, Func<object, object?> change, CancellationToken ct) =>
            store.ChangeAsync<T>(pk, id, current => (T?)change(current), ct);

        public override async Task<DocumentChange> MoveAsync(IDocumentContainer store, string pk, string id, string newPk, string newId, Func<object, object?> change, CancellationToken ct)
        {
            if (await store.ReadAsync<T>(pk, id, ct) is not { } current) return DocumentChange.Missing;
            if (change(current.Value) is T next) await store.CreateAsync(newPk, newId, next, ct);
            return await store.DeleteAsync(pk, id, ct) ? DocumentChange.Replaced : DocumentChange.Missing;
        }
    }

    /// <summary>Documents of a query with their address (every stored body carries its <c>pk</c> and <c>id</c>).</summary>
    private static async IAsyncEnumerable<(string Pk, string Id, T Value)> Query<T>(IDocumentContainer store, DocumentQuery query)
    {
        await foreach (var json in store.QueryAsync<JsonObject>(query))
            yield return ((string)json["pk"]!, (string)json["id"]!, json.Deserialize<T>(DocumentJson.Options)!);
    }

    private static IAsyncEnumerable<(string Pk, string Id, Registration Value)> RegistrationsOf(IDocumentContainer store, string aadObjectId) =>
        Query<Registration>(store, DocumentQuery.AcrossPartitions().Where("documentType", "registration").Where("aadObjectId", aadObjectId));

    private static async IAsyncEnumerable<(string Pk, string Id, Activity Value)> ActivitiesOfRegistrant(IDocumentContainer store, string aadObjectId)
    {
        await foreach (var (pk, _, _) in RegistrationsOf(store, aadObjectId))
            await foreach (var activity in Point<Activity>(store, pk, pk)) yield return activity;
    }

    private static async IAsyncEnumerable<(string Pk, string Id, T Value)> Point<T>(IDocumentContainer store, string pk, string id)
    {
        if (await store.ReadAsync<T>(pk, id) is { } found) yield return (pk, id, found.Value);
    }

    private static async IAsyncEnumerable<(string Pk, string Id, T Value)> Concat<T>(params IAsyncEnumerable<(string, string, T)>[] parts)
    {
        foreach (var part in parts)
            await foreach (var item in part) yield return item;
    }

    private static IAsyncEnumerable<(string Pk, string Id, T Value)> Where<T>(IAsyncEnumerable<(string Pk, string Id, T Value)> source, Func<T, bool> keep) =>
        source.Where(x => keep(x.Value));

    /// <summary>
    /// Every record type SmqBot stores, with how a person's records of it are found. A container or a record type
    /// missing here fails <c>Tests/Privacy/DeclarationTests</c>; the Data Protection key ring holds no one's data.
    /// </summary>
    private static readonly IReadOnlyList<Declared> Declarations =
    [
        new Declared<Person>(ContainerNames.People, (s, w) => Point<Person>(s, w.AadObjectId, w.AadObjectId)),
        new Declared<Participation>(ContainerNames.Participations, (s, w) => Query<Participation>(s, DocumentQuery.InPartition(w.AadObjectId))),
        new Declared<Cohort>(ContainerNames.Cohorts, (s, w) => Concat([.. w.Courses.Select(id => Point<Cohort>(s, id, id))])),
        new Declared<Accompaniment>(ContainerNames.Accompaniments, (s, w) => Concat(
            Query<Accompaniment>(s, DocumentQuery.InPartition(w.AadObjectId)),
            Query<Accompaniment>(s, DocumentQuery.AcrossPartitions().Where("coachedPerson.aadObjectId", w.AadObjectId)),
            Query<Accompaniment>(s, DocumentQuery.AcrossPartitions().Where("staffOwner.aadObjectId", w.AadObjectId)))),
        new Declared<Application>(ContainerNames.Calls, (s, w) => Concat(
            Query<Application>(s, DocumentQuery.AcrossPartitions().Where("documentType", "application").Where("aadObjectId", w.AadObjectId)),
            Query<Application>(s, DocumentQuery.AcrossPartitions().Where("documentType", "application").Where("placement.expertAadObjectId", w.AadObjectId)))) { DocumentType = "application" },
        new Declared<Call>(ContainerNames.Calls, (s, w) => Query<Call>(s, DocumentQuery.AcrossPartitions().Where("documentType", "call").Where("createdBy", w.AadObjectId))) { DocumentType = "call" },
        new Declared<Registration>(ContainerNames.Activities, (s, w) => RegistrationsOf(s, w.AadObjectId)) { DocumentType = "registration" },
        // The activities they created, and those whose seats hold them (found through their registrations: one point read each).
        new Declared<Activity>(ContainerNames.Activities, (s, w) => Concat(
            Query<Activity>(s, DocumentQuery.AcrossPartitions().Where("documentType", "activity").Where("createdBy", w.AadObjectId)),
            ActivitiesOfRegistrant(s, w.AadObjectId))) { DocumentType = "activity" },
        new Declared<Reports.AnnualPlan>(ContainerNames.Plans, (s, w) => Query<Reports.AnnualPlan>(s, DocumentQuery.AcrossPartitions().Where("setBy", w.AadObjectId))),
        new Declared<Meeting>(ContainerNames.Meetings, (s, w) => Concat([.. w.Courses.Select(id =>
            Where(Query<Meeting>(s, DocumentQuery.InPartition(id)), m => Meeting.PersonalData.People(m).Any(r => r.AadObjectId == w.AadObjectId)))])),
        // Invitations live only until their people come (and no longer than retention allows): a small container, read whole,
        // for the ones addressed to the person and the waiting accompaniments that name them.
        new Declared<Invitation>(ContainerNames.Invitations, (s, w) => Where(Query<Invitation>(s, DocumentQuery.AcrossPartitions()),
            i => w.Emails.Contains(i.Email) || Invitation.PersonalData.People(i).Any(r => r.AadObjectId == w.AadObjectId))),
        new Declared<OutboxMessage>(ContainerNames.Outbox, (s, w) => Concat([
            Query<OutboxMessage>(s, DocumentQuery.AcrossPartitions().Where("person.aadObjectId", w.AadObjectId)),
            .. w.Aliases.SelectMany(alias => new[]
            {
                Query<OutboxMessage>(s, DocumentQuery.AcrossPartitions().Where("conversation.conversationId", alias)),
                Query<OutboxMessage>(s, DocumentQuery.AcrossPartitions().Where("person.userId", alias)),
            })])),
        // One document per team SmqBot is in.
        new Declared<TeamInstallation>(ContainerNames.Installations, (s, w) => Where(Query<TeamInstallation>(s, DocumentQuery.AcrossPartitions()),
            t => t.Members.Any(m => m.AadObjectId == w.AadObjectId))),
        new Declared<PrivacyRequest>(ContainerNames.Privacy, (s, w) => Concat(
            Query<PrivacyRequest>(s, DocumentQuery.InPartition(PrivacyStore.RequestsPartition).Where("documentType", "request").Where("aadObjectId", w.AadObjectId)),
            Query<PrivacyRequest>(s, DocumentQuery.InPartition(PrivacyStore.RequestsPartition).Where("documentType", "request").Where("answeredBy", w.AadObjectId)))) { DocumentType = "request" },
        new Declared<AccessEntry>(ContainerNames.Privacy, (s, w) => Concat(
            Query<AccessEntry>(s, DocumentQuery.AcrossPartitions().Where("documentType", "access").Where("by", w.AadObjectId)),
            Query<AccessEntry>(s, DocumentQuery.AcrossPartitions().Where("documentType", "access").Where("subject", w.AadObjectId)))) { DocumentType = "access" },
    ];

    /// <summary>Containers that hold no one's data.</summary>
    public static readonly IReadOnlyList<string> Undeclared = [ContainerNames.Keys, ContainerNames.Institutions, ContainerNames.Leases];

    /// <summary>The record types that declare their personal data, by container.</summary>
    public static IReadOnlyList<(string Container, Type Type)> DeclaredTypes => [.. Declarations.Select(d => (d.Container, d.Type))];

    /// <summary>Whether a stored document is of a record type that declares its personal data (or of a container that holds none).</summary>
    public static bool Recognises(string container, JsonObject document) =>
        Undeclared.Contains(container)
        || Declarations.Any(d => d.Container == container && (d.DocumentType is null || (string?)document["documentType"] == d.DocumentType));

    /// <summary>
    /// What lacks a declaration among <paramref name="stored"/> (container, record type): a container nobody declared,
    /// or a type stored in one without a declaration of its own.
    /// </summary>
    public static IReadOnlyList<string> Missing(IEnumerable<(string Container, Type Type)> stored) =>
        [.. stored.Where(s => !Undeclared.Contains(s.Container) && !DeclaredTypes.Contains(s)).Select(s => $"{s.Container}: {s.Type.Name}").Distinct()];

    private async Task<List<Hit>> FindAsync(Who who, CancellationToken ct)
    {
        var hits = new List<Hit>();
        foreach (var declared in Declarations)
            await foreach (var hit in declared.FindAsync(database, who, ct)) hits.Add(hit);
        return hits;
    }

    // ---------------------------------------------------------------- access and portability

    /// <summary>What SmqBot keeps about the person, as their part of each record (never what someone else typed).</summary>
    public async Task<PersonalExport> ExportAsync(string aadObjectId, CancellationToken ct = default)
    {
        var who = await WhoAsync(aadObjectId, ct);
        var rows = new List<ExportRow>();
        foreach (var hit in await FindAsync(who, ct))
            rows.AddRange(hit.Value is Invitation invitation && who.Emails.Contains(invitation.Email)
                ? invitation.ExportForInvitee()
                : hit.Declared.Export(hit.Value, aadObjectId));
        return new PersonalExport(aadObjectId, time.GetUtcNow(), rows);
    }

    // ---------------------------------------------------------------- erasure

    /// <summary>
    /// Erases a person, exactly: in every record that names them, their ids become one pseudonym, their name "Personne
    /// anonymisée", their address nothing, and the texts they typed "[effacé]"; records that were theirs alone (profile,
    /// invitations addressed to them, messages to them) are deleted. Other people's texts are never rewritten: those in
    /// the person's courses that name them are returned for staff to review. Safe to run again.
    /// </summary>
    public async Task<Erased> EraseAsync(string aadObjectId, CancellationToken ct = default)
    {
        var who = await WhoAsync(aadObjectId, ct);
        var review = await ReviewAsync(who, ct);
        var erasure = new Erasure(aadObjectId, Redaction.NewPseudonym(), who.Emails, who.Aliases);
        var hits = await FindAsync(who, ct);
        var (rewritten, deleted) = (await ForgetMessagesNamingAsync(who, hits, ct), 0);
        foreach (var hit in hits)
            switch (await EraseAsync(hit, [erasure], ct))
            {
                case Outcome.Rewritten: rewritten++; break;
                case Outcome.Deleted: deleted++; break;
            }
        return new Erased(rewritten, deleted, review);
    }

    private enum Outcome { Unchanged, Rewritten, Deleted }

    /// <summary>
    /// Messages SmqBot wrote to others about the person's courses (a digest of their check-ins to the experts, a welcome
    /// listing members, an evaluation's result to staff) carry copies of their name and words: those whose card names
    /// them or quotes them lose what they said (a message not yet sent is not sent); that they went out stays. They are
    /// found in the send-outs of the person's courses, meetings and calls (one partition each).
    /// </summary>
    private async Task<int> ForgetMessagesNamingAsync(Who who, IReadOnlyList<Hit> hits, CancellationToken ct)
    {
        var words = who.Names.Concat(hits.SelectMany(h => h.Declared.Texts(h.Value)).Where(t => t.Author == who.AadObjectId && t.Text.Trim().Length >= 3).Select(t => t.Text))
            .Distinct().ToList();
        if (words.Count == 0) return 0;
        var broadcasts = who.Courses.SelectMany(SendOut.OfCourse)
            .Concat(hits.Select(h => h.Value).OfType<Meeting>().Select(m => SendOut.Meeting(m.Id)))
            .Concat(hits.Select(h => h.Value).OfType<Application>().Select(a => SendOut.Call(a.CallId)))
            .Concat(hits.Select(h => h.Value).OfType<Registration>().Select(r => SendOut.Activity(r.ActivityId)))
            .Distinct().ToList();
        var outbox = database.Container(ContainerNames.Outbox);
        var changed = 0;
        foreach (var broadcast in broadcasts)
        {
            var naming = new List<(string Pk, string Id)>();
            await foreach (var (pk, id, message) in Query<OutboxMessage>(outbox, DocumentQuery.InPartition(broadcast)).WithCancellation(ct))
                if (new[] { message.Card, message.Text, message.Subject }.Any(s => s is not null && words.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase)))) naming.Add((pk, id));
            foreach (var (pk, id) in naming)
            {
                await outbox.UpdateAsync<OutboxMessage>(pk, id, m => m! with
                {
                    Card = null, Text = null, Subject = Redaction.Erased,
                    Open = false, Status = m.Open ? DeliveryStatus.Failed : m.Status, LastError = m.Open ? Redaction.Erased : m.LastError,
                }, ct);
                changed++;
            }
        }
        return changed;
    }

    /// <summary>
    /// Applies the erasures to one record, on its latest version. A record whose partition key or id holds an erased id
    /// moves to its pseudonymised address.
    /// </summary>
    private async Task<Outcome> EraseAsync(Hit hit, IReadOnlyList<Erasure> erasures, CancellationToken ct)
    {
        object? Erase(object current)
        {
            object? next = current;
            foreach (var erasure in erasures) next = next is null ? null : hit.Declared.Erase(next, erasure);
            return next is null ? null : Same(next, current) ? current : next;
        }
        var (pk, id) = (hit.Pk, hit.Id);
        foreach (var erasure in erasures) (pk, id) = (erasure.Key(pk), erasure.Key(id));
        var store = database.Container(hit.Declared.Container);
        return (pk == hit.Pk && id == hit.Id
                ? await hit.Declared.ChangeAsync(store, pk, id, Erase, ct)
                : await hit.Declared.MoveAsync(store, hit.Pk, hit.Id, pk, id, Erase, ct)) switch
        {
            DocumentChange.Replaced => Outcome.Rewritten,
            DocumentChange.Deleted => Outcome.Deleted,
            _ => Outcome.Unchanged,
        };
    }

    private static bool Same(object a, object b) =>
        JsonSerializer.Serialize(a, a.GetType(), DocumentJson.Options) == JsonSerializer.Serialize(b, b.GetType(), DocumentJson.Options);

    /// <summary>
    /// Texts others typed, in the person's courses (the cohort or accompaniment, its other members' participations),
    /// that name them: listed for staff, never changed by the erasure itself.
    /// </summary>
    private async Task<IReadOnlyList<ReviewItem>> ReviewAsync(Who who, CancellationToken ct)
    {
        if (who.Names.Count == 0) return [];
        var hits = new List<Hit>();
        var participations = Declarations.OfType<Declared<Participation>>().Single();
        foreach (var course in who.Courses)
        {
            await foreach (var (pk, id, value) in Query<Participation>(database.Container(ContainerNames.Participations), DocumentQuery.AcrossPartitions().Where("courseId", course)).WithCancellation(ct))
                if (value.AadObjectId != who.AadObjectId) hits.Add(new Hit(participations, pk, id, value));
        }
        foreach (var declared in Declarations.Where(d => d.Type == typeof(Cohort) || d.Type == typeof(Accompaniment)))
            await foreach (var hit in declared.FindAsync(database, who, ct)) hits.Add(hit);
        return [.. hits.SelectMany(h => h.Declared.Texts(h.Value)
                .Where(t => t.Author != who.AadObjectId && who.Names.Any(n => t.Text.Contains(n, StringComparison.OrdinalIgnoreCase)))
                .Select(t => new ReviewItem(h.Declared.Container, h.Pk, h.Id, t.Path, t.Text)))];
    }

    /// <summary>Blanks one text a review listed (someone else's words that named an erased person); false when it is gone.</summary>
    public async Task<bool> BlankAsync(ReviewItem item, CancellationToken ct = default)
    {
        var store = database.Container(item.Container);
        foreach (var declared in Declarations.Where(d => d.Container == item.Container))
        {
            try
            {
                var change = await declared.ChangeAsync(store, item.PartitionKey, item.Id,
                    current => declared.Texts(current).Any(t => t.Path == item.Path) ? declared.Blank(current, item.Path) : current, ct);
                if (change == DocumentChange.Replaced) return true;
            }
            catch (JsonException)
            {
                // Another record type of the same container (an application where a call is read): the next declaration.
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- retention

    /// <summary>How long one pass may hold a course before another instance takes it over.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Anonymises every course whose time is up: cohorts and accompaniments closed before <paramref name="cutoff"/>, and
    /// calls whose deadline passed before it (their applications); deletes invitations older than it. Returns how many it
    /// handled. Each course is taken under a lease written with its ETag, so two instances never work on one at once; a
    /// pass that stops half-way is finished by the next.
    /// </summary>
    public async Task<int> RetentionPassAsync(string owner, DateTimeOffset cutoff, CancellationToken ct = default)
    {
        var done = await RetainAsync<Cohort>(ContainerNames.Cohorts, DocumentQuery.AcrossPartitions().Where("closed", true), c => c.Retention, c => c.ClosedAt,
                (c, r) => c with { Retention = r }, owner, cutoff, ct)
            + await RetainAsync<Accompaniment>(ContainerNames.Accompaniments, DocumentQuery.AcrossPartitions().Where("closed", true), a => a.Retention, a => a.ClosedAt,
                (a, r) => a with { Retention = r }, owner, cutoff, ct)
            + await RetainAsync<Call>(ContainerNames.Calls, DocumentQuery.AcrossPartitions().Where("documentType", "call"), c => c.Retention, c => c.Deadline,
                (c, r) => c with { Retention = r }, owner, cutoff, ct)
            + await RetainAsync<Activity>(ContainerNames.Activities, DocumentQuery.AcrossPartitions().Where("documentType", "activity"), a => a.Retention, a => a.End,
                (a, r) => a with { Retention = r }, owner, cutoff, ct);
        // Invitations nobody took up: the address of someone who never came, kept no longer than a course's people.
        var invitations = database.Container(ContainerNames.Invitations);
        var stale = new List<(string Pk, string Id)>();
        await foreach (var (pk, id, invitation) in Query<Invitation>(invitations, DocumentQuery.AcrossPartitions()).WithCancellation(ct))
            if (invitation.InvitedAt <= cutoff) stale.Add((pk, id));
        foreach (var (pk, id) in stale)
            if (await invitations.DeleteAsync(pk, id, ct)) done++;
        return done;
    }

    /// <summary>
    /// One kind of course: those that ended by <paramref name="cutoff"/> and are not anonymised yet are found first (an
    /// accompaniment moves partition as its expert gets a pseudonym, so the query is not read while courses change),
    /// then each is claimed under its lease, anonymised, and marked done.
    /// </summary>
    private async Task<int> RetainAsync<T>(string container, DocumentQuery query, Func<T, Retention?> retention, Func<T, DateTimeOffset?> ended,
        Func<T, Retention, T> with, string owner, DateTimeOffset cutoff, CancellationToken ct) where T : class
    {
        var due = new List<(string Pk, string Id)>();
        await foreach (var (pk, id, course) in Query<T>(database.Container(container), query).WithCancellation(ct))
            if (retention(course)?.Done is null && ended(course) <= cutoff) due.Add((pk, id));
        var done = 0;
        foreach (var (pk, id) in due)
            if (await ClaimAsync(container, pk, id, owner, retention, with, ct) is { } secret)
            {
                await AnonymiseCourseAsync(container, pk, id, secret, ct);
                await FinishAsync(container, id, with, ct);
                done++;
            }
        return done;
    }

    /// <summary>
    /// The other half of retention: a delivered message keeps its card (what it said, names and obstacles in a digest)
    /// until <paramref name="messagesBefore"/>, then only that it went out (what `envois` counts); access-log lines older
    /// than <paramref name="logBefore"/> are deleted. Returns how many documents changed.
    /// </summary>
    public async Task<int> ForgetOldAsync(DateTimeOffset messagesBefore, DateTimeOffset logBefore, CancellationToken ct = default)
    {
        var changed = 0;
        var outbox = database.Container(ContainerNames.Outbox);
        var old = new List<(string Pk, string Id)>();
        await foreach (var (pk, id, message) in Query<OutboxMessage>(outbox, DocumentQuery.AcrossPartitions().Where("open", false)
            .WhereAtMost("createdAt", Stored(messagesBefore))).WithCancellation(ct))
            if (message.Card is not null || message.Text is not null) old.Add((pk, id));
        foreach (var (pk, id) in old)
            if ((await outbox.UpdateAsync<OutboxMessage>(pk, id, m => m is null || m.Open ? m! : m with { Card = null, Text = null }, ct)).Value is { Card: null }) changed++;
        var privacy = database.Container(ContainerNames.Privacy);
        var lines = new List<(string Pk, string Id)>();
        await foreach (var (pk, id, _) in Query<AccessEntry>(privacy, DocumentQuery.AcrossPartitions().Where("documentType", "access").WhereAtMost("at", Stored(logBefore))).WithCancellation(ct))
            lines.Add((pk, id));
        foreach (var (pk, id) in lines)
            if (await privacy.DeleteAsync(pk, id, ct)) changed++;
        return changed;
    }

    /// <summary>A time as the stores hold it (ISO 8601 text, which orders as time does for the UTC times SmqBot writes).</summary>
    private static string Stored(DateTimeOffset at) => JsonSerializer.Serialize(at.ToUniversalTime(), DocumentJson.Options).Trim('"');

    /// <summary>The course's secret when this pass holds its lease (a new one, or the one a pass that stopped left); null when another holds it.</summary>
    private async Task<string?> ClaimAsync<T>(string container, string pk, string id, string owner, Func<T, Retention?> retention, Func<T, Retention, T> with, CancellationToken ct) where T : class
    {
        var store = database.Container(container);
        if (await store.ReadAsync<T>(pk, id, ct) is not { } current) return null;
        var now = time.GetUtcNow();
        var held = retention(current.Value);
        if (held?.Done is not null) return null;
        if (held?.Owner is { } holder && holder != owner && held.Until > now) return null;
        var secret = held?.Secret ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return await store.ReplaceAsync(pk, id, with(current.Value, new Retention(owner, now + Lease, secret)), current.ETag, ct) is null ? null : secret;
    }

    /// <summary>Marks the course anonymised and drops the secret (the course may have moved: an accompaniment lives in its expert's partition).</summary>
    private async Task FinishAsync<T>(string container, string id, Func<T, Retention, T> with, CancellationToken ct) where T : class
    {
        var store = database.Container(container);
        await foreach (var (pk, _, _) in Query<T>(store, DocumentQuery.AcrossPartitions().Where("id", id)).WithCancellation(ct))
        {
            await store.UpdateAsync<T>(pk, id, current => current is null ? throw new InvalidOperationException("The course vanished.") : with(current, new Retention(Done: time.GetUtcNow())), ct);
            return;
        }
    }

    /// <summary>
    /// Anonymises one course (a cohort with its participations and meetings, an accompaniment with its participation, a
    /// call with its applications): every person its records declare gets a pseudonym, every text they typed goes, the
    /// addresses of people invited go; figures stay. The pseudonyms come from <paramref name="secret"/>, so a rerun gives
    /// one person the same pseudonym in every record of the course; once done, the secret is dropped.
    /// </summary>
    private async Task AnonymiseCourseAsync(string container, string pk, string courseId, string secret, CancellationToken ct)
    {
        var hits = new List<Hit>();
        Declared Of<T>() => Declarations.First(d => d.Type == typeof(T));
        async Task AddAsync<T>(DocumentQuery query, string from) where T : class
        {
            await foreach (var (p, i, v) in Query<T>(database.Container(from), query).WithCancellation(ct)) hits.Add(new Hit(Of<T>(), p, i, v));
        }
        switch (container)
        {
            case ContainerNames.Cohorts:
                await AddAsync<Cohort>(DocumentQuery.InPartition(pk).Where("id", courseId), container);
                await AddAsync<Participation>(DocumentQuery.AcrossPartitions().Where("courseId", courseId), ContainerNames.Participations);
                await AddAsync<Meeting>(DocumentQuery.InPartition(courseId), ContainerNames.Meetings);
                break;
            case ContainerNames.Accompaniments:
                await AddAsync<Accompaniment>(DocumentQuery.InPartition(pk).Where("id", courseId), container);
                await AddAsync<Participation>(DocumentQuery.AcrossPartitions().Where("courseId", courseId), ContainerNames.Participations);
                break;
            case ContainerNames.Activities:
                await AddAsync<Activity>(DocumentQuery.InPartition(pk).Where("documentType", "activity"), container);
                await AddAsync<Registration>(DocumentQuery.InPartition(pk).Where("documentType", "registration"), container);
                break;
            default:
                await AddAsync<Call>(DocumentQuery.InPartition(pk).Where("documentType", "call"), container);
                await AddAsync<Application>(DocumentQuery.InPartition(pk).Where("documentType", "application"), container);
                break;
        }
        var people = hits.SelectMany(h => h.Declared.People(h.Value)).Select(r => r.AadObjectId)
            .Where(id => id.Length > 0 && !id.StartsWith("anon-", StringComparison.Ordinal)).Distinct().ToList();
        var erasures = people.Select(id => new Erasure(id, "anon-" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(id)))[..16],
            new HashSet<string>(), new HashSet<string>())).ToList();
        foreach (var hit in hits)
        {
            // The addresses of people invited to the course who never came go too.
            if (hit.Value is Cohort { Invited.Count: > 0 }) await database.Container(container).ChangeAsync<Cohort>(hit.Pk, hit.Id, c => c with { Invited = [] }, ct);
            await EraseAsync(hit, erasures, ct);
        }
    }
}
