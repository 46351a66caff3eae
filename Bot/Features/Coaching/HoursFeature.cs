using System.Globalization;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>
/// `heures` / `hours`: an expert logs coaching hours from a card. The accompaniment is read in the caller's own
/// partition (experts' accompaniments are partitioned by expert), so another expert's id finds nothing; the entry's id
/// is the card's nonce, so a double click stores one entry; a concurrent entry from another device is re-applied on
/// the new version (both are kept). An entry that would go over the budget waits for staff. Cost: one point read and
/// one write (plus, once per accompaniment, the 80% notices through the outbox).
/// </summary>
public sealed class HoursFeature(AccompanimentStore accompaniments, PeopleStore people, Outbox.Outbox outbox, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Hours, Form)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Common.Verbs.HoursForm, [Role.Expert], Form),
        new(Cards.Common.Verbs.HoursLog, [], Log, ActivityIdentityOnly: true),
    ];

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Toronto")).DateTime);

    private async Task<AdaptiveCard> Form(Request request, CancellationToken ct)
    {
        var today = Today;
        var open = new List<Accompaniment>();
        await foreach (var a in accompaniments.OfExpertAsync(request.Caller.Person.AadObjectId, ct))
            if (!a.Closed && a.Start <= today) open.Add(a);
        return HoursFormCard.Build([.. open.OrderBy(a => a.Institution.Name)], today, Guid.NewGuid().ToString("N"), request.Caller.Texts);
    }

    private async Task<AdaptiveCard> Log(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("accompaniment") is not { } id || data.Id("nonce") is not { } nonce) return ErrorCard.Build(texts, texts.UnknownAction);
        if (!int.TryParse(data.Text("minutes"), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 15 or > HoursFormCard.MaxMinutes || minutes % 15 != 0)
            return ErrorCard.Build(texts, texts.DurationRule);
        if (!DateOnly.TryParseExact(data.Text("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date > Today)
            return ErrorCard.Build(texts, texts.DateRule);
        if (!Enum.TryParse<WorkKind>(data.Text("kind") ?? nameof(WorkKind.Video), out var kind) || !Enum.IsDefined(kind)) return ErrorCard.Build(texts, texts.UnknownAction);
        var note = CardData.Blank(data.Text("note"));
        if (note?.Length > HoursFormCard.MaxNote) return ErrorCard.Build(texts, texts.TooLong(texts.NoteLabel, HoursFormCard.MaxNote));

        var stored = await accompaniments.ReadAsync(request.Caller.Person.AadObjectId, id, ct);
        if (stored is null) return ErrorCard.Build(texts, texts.NotYourAccompaniment);
        var accompaniment = stored.Value;
        if (accompaniment.Closed) return ErrorCard.Build(texts, texts.AccompanimentClosed);
        if (date < accompaniment.Start || date > accompaniment.End) return ErrorCard.Build(texts, texts.DateRule);
        if (accompaniment.Entries.FirstOrDefault(e => e.Id == nonce) is { } saved) return HoursLoggedCard.Build(accompaniment, saved, texts);

        var now = time.GetUtcNow();
        var noticeNow = false;
        Accompaniment Apply(Accompaniment a)
        {
            if (a.Entries.Any(e => e.Id == nonce)) return a;
            var status = a.UsedMinutes + minutes > a.BudgetMinutes ? EntryStatus.Pending : EntryStatus.Approved;
            var next = a with { Entries = [.. a.Entries.TakeLast(Accompaniment.MaxEntries - 1), new HourEntry(nonce, date, minutes, kind, note, status, now)] };
            noticeNow = !a.EightyPercentNoticeSent && next.UsedMinutes * 5 >= next.BudgetMinutes * 4;
            return noticeNow ? next with { EightyPercentNoticeSent = true } : next;
        }
        var updated = Apply(accompaniment);
        if (await accompaniments.ReplaceAsync(updated, stored.ETag, ct) is null)
            updated = await accompaniments.UpdateAsync(accompaniment.Expert.AadObjectId, id, Apply, ct); // another device wrote first: keep both
        if (noticeNow) await NotifyEightyPercentAsync(updated, ct);
        return HoursLoggedCard.Build(updated, updated.Entries.First(e => e.Id == nonce), texts);
    }

    private async Task NotifyEightyPercentAsync(Accompaniment a, CancellationToken ct)
    {
        foreach (var who in new[] { a.Expert, a.StaffOwner })
        {
            if (await people.FindAsync(who.AadObjectId, ct) is not { PersonalConversation: not null } person) continue;
            var texts = Texts.For(person.Locale);
            var line = texts.BudgetLine(texts.Hours(a.UsedMinutes), texts.Hours(a.BudgetMinutes), texts.Hours(Math.Max(0, a.BudgetMinutes - a.UsedMinutes)));
            await outbox.ToPersonAsync($"hours-80:{a.Id}:{who.AadObjectId}", $"hours:{a.Id}", person, ErrorCard.Build(texts, texts.EightyPercentReached(a.Institution.Name), line), ct: ct);
        }
    }
}
