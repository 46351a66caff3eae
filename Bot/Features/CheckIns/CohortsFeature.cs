using System.Globalization;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>
/// `cohortes` / `cohorts` (staff): the cohorts under way; creating one (members and experts by e-mail among people
/// who have installed SmqBot, welcomed through the outbox); closing one (no more check-ins or rounds).
/// </summary>
public sealed class CohortsFeature(CohortStore cohorts, PeopleStore people, InstallationStore teams, Enrolments enrolment, TimeProvider time) : IFeature
{
    public const int MaxMembers = 30;
    private const int MaxObjectives = 10;

    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Cohorts, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Common.Verbs.Cohorts, [Role.Staff], Show),
        new(Cards.Common.Verbs.CohortForm, [Role.Staff], Form),
        new(Cards.Common.Verbs.CohortSave, [Role.Staff], Save),
        new(Cards.Common.Verbs.CohortClose, [Role.Staff], Close),
        new(Cards.Common.Verbs.CohortEdit, [Role.Staff], Edit),
        new(Cards.Common.Verbs.CohortUpdate, [Role.Staff], Update),
    ];

    private async Task<AdaptiveCard> Show(Request request, CancellationToken ct)
    {
        var open = await cohorts.OpenAsync(ct).ToListAsync(ct);
        return CohortsCard.Build(open, request.Caller.Texts, Programme.Today(time));
    }

    private async Task<AdaptiveCard> Form(Request request, CancellationToken ct)
    {
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        return CohortFormCard.Build(active, Programme.Today(time), Guid.NewGuid().ToString("N")[..12], request.Caller.Texts);
    }

    private async Task<AdaptiveCard> Save(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("nonce") is not { } nonce) return ErrorCard.Build(texts, texts.UnknownAction);
        var (draft, experts, members, error) = await ParseAsync(request.Data, texts, ct);
        if (draft is null) return ErrorCard.Build(texts, error!);
        var cohort = draft with { Id = $"c-{nonce}", TenantId = request.Caller.Person.TenantId, CreatedAt = time.GetUtcNow() };
        // The form sent twice: the second finds the cohort made by the first, and changes nothing.
        if (await cohorts.CreateAsync(cohort, ct)) await enrolment.EnrolAsync(cohort, experts, members, ct);
        return await Show(request, ct);
    }

    private async Task<AdaptiveCard> Edit(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("cohort") is not { } id || await cohorts.FindAsync(id, ct) is not { Closed: false } cohort) return ErrorCard.Build(texts, texts.UnknownAction);
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        return CohortFormCard.Edit(cohort, active, texts);
    }

    /// <summary>
    /// Changes a cohort: added people are enrolled and welcomed; removed members' participations are closed (their
    /// history stays; rounds stop for them); kept members' participations follow the new subject and dates.
    /// </summary>
    private async Task<AdaptiveCard> Update(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("cohort") is not { } id || await cohorts.FindAsync(id, ct) is not { Closed: false } before) return ErrorCard.Build(texts, texts.UnknownAction);
        var (draft, experts, members, error) = await ParseAsync(request.Data, texts, ct);
        if (draft is null) return ErrorCard.Build(texts, error!);
        var after = await cohorts.UpdateAsync(id, current => draft with
        {
            Id = current.Id, TenantId = current.TenantId, CreatedAt = current.CreatedAt, CollectiveTargets = current.CollectiveTargets,
        }, ct);
        var removed = before.Members.Where(m => after.Members.All(a => a.AadObjectId != m.AadObjectId));
        foreach (var member in removed)
            await cohorts.UpdateParticipationAsync(id, member.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.") : p with { CohortOpen = false }, ct);
        foreach (var member in after.Members.Where(m => before.Members.Any(b => b.AadObjectId == m.AadObjectId)))
            await cohorts.UpdateParticipationAsync(id, member.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.")
                : p with { CohortSubject = after.Subject, Start = after.Start, End = after.End }, ct);
        await enrolment.EnrolAsync(after,
            [.. experts.Where(e => before.Experts.All(b => b.AadObjectId != e.AadObjectId))],
            [.. members.Where(m => before.Members.All(b => b.AadObjectId != m.AadObjectId))], ct);
        return await Show(request, ct);
    }

    /// <summary>The cohort form, read and checked: a draft cohort (without id, tenant or creation time) and its people.</summary>
    private async Task<(Cohort? Draft, IReadOnlyList<Person> Experts, IReadOnlyList<Person> Members, string? Error)> ParseAsync(JsonObject data, Texts texts, CancellationToken ct)
    {
        static (Cohort?, IReadOnlyList<Person>, IReadOnlyList<Person>, string?) Fail(string error) => (null, [], [], error);
        var subject = CardData.Blank(data.Text("subject"));
        if (subject is null) return Fail(texts.Required(texts.SubjectLabel));
        if (subject.Length > CohortFormCard.MaxSubject) return Fail(texts.TooLong(texts.SubjectLabel, CohortFormCard.MaxSubject));
        if (data.Date("start") is not { } start) return Fail(texts.Required(texts.StartLabel));
        if (data.Date("end") is not { } end) return Fail(texts.Required(texts.EndLabel));
        if (end <= start) return Fail(texts.EndBeforeStart);
        var objectivesText = data.Text("objectives") ?? "";
        if (objectivesText.Length > CohortFormCard.MaxObjectives) return Fail(texts.TooLong(texts.ObjectivesLabel, CohortFormCard.MaxObjectives));
        var cadence = new Cadence();
        if (data.Text("every") is { } every)
        {
            if (!int.TryParse(every, CultureInfo.InvariantCulture, out var weeks) || weeks is < 1 or > 4) return Fail(texts.UnknownAction);
            cadence = cadence with { EveryWeeks = weeks };
        }
        if (data.Text("day") is { } day)
        {
            if (!Enum.TryParse<DayOfWeek>(day, out var weekday) || weekday is DayOfWeek.Saturday or DayOfWeek.Sunday || !Enum.IsDefined(weekday)) return Fail(texts.UnknownAction);
            cadence = cadence with { Day = weekday };
        }
        if (data.Text("time") is not null)
        {
            if (data.Time("time") is not { } time) return Fail(texts.UnknownAction);
            cadence = cadence with { At = time };
        }
        var (channel, channelError) = await ChannelAsync(data.Text("channel"), ct);
        if (channelError) return Fail(texts.UnknownAction);

        var experts = await ResolveAsync(data.Text("experts"), ct);
        var members = await ResolveAsync(data.Text("members"), ct);
        var unknown = experts.Unknown.Concat(members.Unknown).ToList();
        if (unknown.Count > 0) return Fail(texts.UnknownPeople(string.Join(", ", unknown.Take(10))));
        if (experts.Known.Count == 0) return Fail(texts.Required(texts.ExpertsLabel));
        if (members.Known.Count == 0) return Fail(texts.Required(texts.MembersLabel));
        if (members.Known.Count > MaxMembers) return Fail(texts.TooManyMembers(MaxMembers));

        var draft = new Cohort
        {
            Id = "",
            Subject = subject,
            FiscalYear = Programme.FiscalYear(start),
            Start = start,
            End = end,
            TenantId = "",
            Experts = [.. experts.Known.Select(Enrolments.Member)],
            Members = [.. members.Known.Select(Enrolments.Member)],
            Objectives = [.. objectivesText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxObjectives)],
            Channel = channel,
            DigestInChannel = channel is not null && data.Text("digestInChannel") != "false",
            Cadence = cadence,
        };
        return (draft, experts.Known, members.Known, null);
    }

    private async Task<AdaptiveCard> Close(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("cohort") is not { } cohortId || await cohorts.FindAsync(cohortId, ct) is not { } cohort)
            return ErrorCard.Build(texts, texts.UnknownAction);
        var now = time.GetUtcNow();
        await cohorts.UpdateAsync(cohortId, c => c.Closed ? c : c with { Closed = true, ClosedAt = now }, ct);
        foreach (var member in cohort.Members)
            await cohorts.UpdateParticipationAsync(cohortId, member.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.") : p with { CohortOpen = false }, ct);
        return await Show(request, ct);
    }

    private async Task<(ConversationAddress? Channel, bool Error)> ChannelAsync(string? choice, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(choice)) return (null, false);
        var parts = choice.Split('|');
        if (parts.Length != 2 || await teams.FindAsync(parts[0], ct) is not { Active: true } team || team.Channels.All(c => c.Id != parts[1])) return (null, true);
        return (new ConversationAddress(team.ServiceUrl, "msteams", parts[1], team.TenantId, team.BotId, null), false);
    }

    /// <summary>E-mails (commas, semicolons or lines) to people who have installed SmqBot; the rest are returned as unknown.</summary>
    private async Task<(IReadOnlyList<Person> Known, IReadOnlyList<string> Unknown)> ResolveAsync(string? text, CancellationToken ct)
    {
        var known = new List<Person>();
        var unknown = new List<string>();
        var addresses = (text ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToLowerInvariant()).Distinct().Take(MaxMembers + 1);
        foreach (var address in addresses)
        {
            var person = await people.FindByEmailAsync(address, ct);
            if (person is null) unknown.Add(address.Length > 60 ? address[..60] + "…" : address);
            else if (known.All(k => k.AadObjectId != person.AadObjectId)) known.Add(person);
        }
        return (known, unknown);
    }
}
