namespace SmqBot.Data.Cohorts;

/// <summary>The two courses someone can take part in: a codevelopment cohort, or an individual accompaniment.</summary>
public enum CourseKind { Cohort, Accompaniment }

/// <summary>A target's value reported in a check-in.</summary>
public sealed record Progress(string TargetId, double Value);

/// <summary>
/// One check-in: the values per target, what was applied in the field since the last meeting, obstacles, confidence.
/// <see cref="Round"/> is the scheduled round it answers, or null for a check-in made on the member's own.
/// </summary>
/// <param name="ShareObstacles">The member let these obstacles appear in a digest posted in the cohort's channel.</param>
public sealed record CheckIn(string Id, int? Round, DateTimeOffset At, IReadOnlyList<Progress> Progress, string? Applied, string? Obstacles, int Confidence, bool ShareObstacles = false);

/// <summary>After a meeting: what the member will apply in the field before the next one.</summary>
public sealed record FieldIntention(string MeetingId, DateTimeOffset At, string Text);

/// <summary>
/// A person's part in a course ("parcours"): a cohort they are a member of, or the accompaniment they are coached in.
/// Their targets and check-ins, in one document partitioned by the person, so that a check-in is one point read and one
/// write. It carries the little of the course a check-in needs (open, dates, title); closing or editing a cohort or an
/// accompaniment updates it.
/// </summary>
public sealed record Participation : Privacy.IPersonalRecord<Participation>
{
    /// <summary>
    /// A participation is its member's: their targets, check-ins and field intentions, all typed by them. Erasure gives it
    /// their pseudonym and erases those texts; values and dates stay, so reports count the same.
    /// </summary>
    public static Privacy.PersonalDataDeclaration<Participation> PersonalData { get; } = new()
    {
        People = p => [new(p.AadObjectId, Privacy.PersonRole.Self)],
        Texts = p =>
        [
            .. p.Targets.SelectMany(t => new Privacy.TypedText[] { new(p.AadObjectId, $"target:{t.Id}:what", t.What), new(p.AadObjectId, $"target:{t.Id}:indicator", t.Indicator) }),
            .. p.CheckIns.SelectMany(c => new[] { (c.Applied, "applied"), (c.Obstacles, "obstacles") }.Where(x => x.Item1 is not null)
                .Select(x => new Privacy.TypedText(p.AadObjectId, $"checkIn:{c.Id}:{x.Item2}", x.Item1!))),
            .. p.Intentions.Select((i, n) => new Privacy.TypedText(p.AadObjectId, $"intention:{n}", i.Text)),
        ],
        Export = (p, me) => p.AadObjectId != me ? [] :
        [
            Privacy.ExportRow.Of("courses", ("course", p.CourseTitle), ("start", p.Start), ("end", p.End), ("open", p.CourseOpen)),
            .. p.Targets.Select(t => Privacy.ExportRow.Of("targets", ("course", p.CourseTitle), ("what", t.What), ("indicator", t.Indicator), ("unit", t.Unit),
                ("baseline", t.Baseline), ("goal", t.Goal), ("latest", t.Latest), ("due", t.Due), ("state", t.State.ToString()))),
            .. p.CheckIns.Select(c => Privacy.ExportRow.Of("checkIns", ("course", p.CourseTitle), ("date", c.At), ("applied", c.Applied), ("obstacles", c.Obstacles),
                ("confidence", c.Confidence), ("shareObstacles", c.ShareObstacles))),
            .. p.Intentions.Select(i => Privacy.ExportRow.Of("intentions", ("course", p.CourseTitle), ("date", i.At), ("text", i.Text))),
        ],
        Erase = (p, e) => !e.Is(p.AadObjectId) ? p : p with
        {
            AadObjectId = e.Pseudonym,
            Name = Privacy.Redaction.AnonymousName,
            Targets = [.. p.Targets.Select(t => t with { What = Privacy.Redaction.Erased, Indicator = Privacy.Redaction.Erased })],
            CheckIns = [.. p.CheckIns.Select(c => c with { Applied = c.Applied is null ? null : Privacy.Redaction.Erased, Obstacles = c.Obstacles is null ? null : Privacy.Redaction.Erased })],
            Intentions = [.. p.Intentions.Select(i => i with { Text = Privacy.Redaction.Erased })],
        },
        Blank = (p, path) => path.Split(':') switch
        {
            ["target", var id, var field] => p with { Targets = [.. p.Targets.Select(t => t.Id != id ? t : field == "what" ? t with { What = Privacy.Redaction.Erased } : t with { Indicator = Privacy.Redaction.Erased })] },
            ["checkIn", var id, var field] => p with { CheckIns = [.. p.CheckIns.Select(c => c.Id != id ? c : field == "applied" ? c with { Applied = Privacy.Redaction.Erased } : c with { Obstacles = Privacy.Redaction.Erased })] },
            ["intention", var n] => p with { Intentions = [.. p.Intentions.Select((i, k) => k.ToString(System.Globalization.CultureInfo.InvariantCulture) == n ? i with { Text = Privacy.Redaction.Erased } : i)] },
            _ => p,
        },
    };

    public const int MaxTargets = 5;
    /// <summary>
    /// Check-ins one member can make in one course: about four years of rounds at the default cadence, and four times a
    /// long cohort's. The one after is refused (never an old one dropped), so the document stays bounded and a check-in
    /// stays one read and one write.
    /// </summary>
    public const int MaxCheckIns = 100;
    /// <summary>Field intentions, one per meeting: like check-ins, the one after the limit is refused.</summary>
    public const int MaxIntentions = 100;

    /// <summary>The cohort's or the accompaniment's id.</summary>
    public required string CourseId { get; init; }
    public required string AadObjectId { get; init; }
    public required string Name { get; init; }
    /// <summary>
    /// The course's name in no language: a cohort's subject, or the accompanied institution's name (<see cref="Kind"/>
    /// says which). Cards put it in the reader's language when they show it (<c>Texts.Course</c>).
    /// </summary>
    public required string CourseTitle { get; init; }
    /// <summary>Whether the course is a cohort (the default, as in documents written before it was stored) or an accompaniment.</summary>
    public CourseKind Kind { get; init; }
    public bool CourseOpen { get; init; } = true;
    public DateOnly Start { get; init; }
    public DateOnly End { get; init; }
    /// <summary>The cohort's check-in cadence, so that a check-in can tell a round that went out from a forged one without
    /// reading the cohort; null for an accompaniment, which has no scheduled rounds.</summary>
    public Cadence? Cadence { get; init; }
    public IReadOnlyList<Target> Targets { get; init; } = [];
    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];
    /// <summary>What the member said, after each meeting, they would apply in the field before the next one (latest last).</summary>
    public IReadOnlyList<FieldIntention> Intentions { get; init; } = [];

    public static string IdFor(string courseId, string aadObjectId) => $"{courseId}:{aadObjectId}";

    public CheckIn? LastCheckIn => CheckIns.Count > 0 ? CheckIns[^1] : null;

    /// <summary>Whether the member has checked in for this round, by answering it or on their own since <paramref name="since"/>.</summary>
    public bool CheckedInFor(int round, DateTimeOffset since) => CheckIns.Any(c => c.Round == round || (c.Round is null && c.At >= since));

    /// <summary>
    /// Whether the member answered this round: the round's own card, or a check-in of their own from
    /// <see cref="Cadence.ReminderAfter"/> before it. The scheduler, the dashboard and the reports all count by this.
    /// </summary>
    public bool Answered(Round round, Cadence cadence) => CheckedInFor(round.Number, round.At - cadence.ReminderAfter);
}
