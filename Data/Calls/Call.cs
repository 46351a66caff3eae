using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Data.Calls;

/// <summary>What a call invites members to: a codevelopment cohort on a subject, or individual coaching.</summary>
public enum CallKind { Cohort, Coaching }

/// <summary>
/// A call for applications ("appel de candidatures"): what it is for, its texts (French, English optional), the
/// places, the deadline, and the channel it was posted to. Partitioned by its own id, like its applications.
/// </summary>
public sealed record Call : Privacy.IPersonalRecord<Call>
{
    /// <summary>A call names the staff member who wrote it; its text is a publication of the programme, not personal data.</summary>
    public static Privacy.PersonalDataDeclaration<Call> PersonalData { get; } = new()
    {
        People = c => [new(c.CreatedBy, Privacy.PersonRole.Creator)],
        Export = (c, me) => c.CreatedBy != me ? [] : [Privacy.ExportRow.Of("callsCreated", ("title", c.TitleFr), ("created", c.CreatedAt), ("posted", c.PostedAt), ("deadline", c.Deadline))],
        Erase = (c, e) => c with { CreatedBy = e.Id(c.CreatedBy) },
    };

    /// <summary>Tells calls from applications in their shared container.</summary>
    public string DocumentType => "call";
    public required string Id { get; init; }
    public required CallKind Kind { get; init; }
    public required string TitleFr { get; init; }
    public string? TitleEn { get; init; }
    public required string DescriptionFr { get; init; }
    public string? DescriptionEn { get; init; }
    public string? EligibilityFr { get; init; }
    public string? EligibilityEn { get; init; }
    public int Places { get; init; }
    /// <summary>Applications are taken until this instant (the end of the deadline day in Montréal).</summary>
    public required DateTimeOffset Deadline { get; init; }
    public ConversationAddress? PostedTo { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Set by the retention pass (see Privacy.PersonalData): once done, its people are pseudonyms and their texts gone.</summary>
    public Privacy.Retention? Retention { get; init; }

    public bool IsOpen(DateTimeOffset now) => PostedAt is not null && now < Deadline;
}

public enum ApplicationStatus { Submitted, Withdrawn, Selected, Declined }

/// <summary>One member's application to a call (one per person and call: applying again updates it).</summary>
public sealed record Application : Privacy.IPersonalRecord<Application>
{
    /// <summary>
    /// An application is its applicant's (what they typed: the people concerned, areas to improve, motivation); the
    /// decision's message is staff's. A coaching placement names its expert.
    /// </summary>
    public static Privacy.PersonalDataDeclaration<Application> PersonalData { get; } = new()
    {
        People = a => [new(a.AadObjectId, Privacy.PersonRole.Self), .. a.Placement?.ExpertAadObjectId is { Length: > 0 } expert ? [new Privacy.Reference(expert, Privacy.PersonRole.Expert)] : Array.Empty<Privacy.Reference>()],
        Texts = a => [new(a.AadObjectId, "people", a.People), new(a.AadObjectId, "improvementAreas", a.ImprovementAreas), new(a.AadObjectId, "motivation", a.Motivation)],
        Export = (a, me) => a.AadObjectId != me ? [] :
        [
            Privacy.ExportRow.Of("applications", ("submitted", a.SubmittedAt), ("institution", a.Institution), ("people", a.People), ("axis", a.Axis?.ToString()),
                ("improvementAreas", a.ImprovementAreas), ("motivation", a.Motivation), ("status", a.Status.ToString()), ("decision", a.DecisionMessage)),
        ],
        Erase = (a, e) => e.Is(a.AadObjectId)
            ? a with
            {
                AadObjectId = e.Pseudonym, Name = Privacy.Redaction.AnonymousName, People = Privacy.Redaction.Erased, ImprovementAreas = Privacy.Redaction.Erased,
                Motivation = Privacy.Redaction.Erased, Reach = null,
            }
            : a.Placement?.ExpertAadObjectId is { } expert && e.Is(expert) ? a with { Placement = a.Placement with { ExpertAadObjectId = e.Pseudonym } } : a,
        Blank = (a, path) => path switch
        {
            "people" => a with { People = Privacy.Redaction.Erased },
            "improvementAreas" => a with { ImprovementAreas = Privacy.Redaction.Erased },
            "motivation" => a with { Motivation = Privacy.Redaction.Erased },
            _ => a,
        },
    };

    public string DocumentType => "application";
    public required string CallId { get; init; }
    public required string AadObjectId { get; init; }
    public required string Name { get; init; }
    public required string Institution { get; init; }
    /// <summary>The member institution <see cref="Institution"/> names on SMQ's member list, when it is on it.</summary>
    public string? InstitutionId { get; init; }
    /// <summary>The person or two people concerned, as the applicant wrote them.</summary>
    public required string People { get; init; }
    public Axis? Axis { get; init; }
    public required string ImprovementAreas { get; init; }
    public required string Motivation { get; init; }
    public bool Committed { get; init; }
    public ApplicationStatus Status { get; init; } = ApplicationStatus.Submitted;
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>How to reach the applicant by a personal chat, taken from the activity they applied with.</summary>
    public Outbox.PersonalTarget? Reach { get; init; }
    public string? Locale { get; init; }
    /// <summary>Staff's message with the decision.</summary>
    public string? DecisionMessage { get; init; }
    /// <summary>What a selection led to: the cohort joined or the accompaniment created.</summary>
    public Placement? Placement { get; init; }
}

/// <summary>
/// Where a selected applicant was placed: a cohort (<paramref name="Id"/> is the cohort's), or an accompaniment (its id,
/// and its expert, who is its partition). <paramref name="Name"/> is what staff read: the cohort's subject or the expert's name.
/// </summary>
public sealed record Placement(string Id, string Name, string? ExpertAadObjectId = null)
{
    public static Placement InCohort(string cohortId, string subject) => new(cohortId, subject);

    /// <summary>Into an accompaniment with this expert; one SmqBot does not know yet is kept as their reference is (no id).</summary>
    public static Placement InAccompaniment(string accompanimentId, Cohorts.PersonRef expert) => new(accompanimentId, expert.Name, expert.AadObjectId);

    [System.Text.Json.Serialization.JsonIgnore] public bool IsCohort => ExpertAadObjectId is null;
    /// <summary>The accompaniment waits for its expert to first install or write (<see cref="Cohorts.PersonRef.IsNotKnownYet"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public bool AwaitsExpert => ExpertAadObjectId is "";
}
