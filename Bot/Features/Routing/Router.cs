using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Text → command and verb → handler, by table lookup. Also the one place that refuses what a caller's roles do
/// not allow, and answers what it does not understand.
/// </summary>
public sealed class Router
{
    /// <summary>How much of a message is read to find a command: commands are short, messages need not be.</summary>
    private const int CommandWindow = 200;
    private const int EchoLength = 40;

    private readonly Dictionary<string, (CommandInfo Info, Handler Handle)> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VerbRoute> _verbs = new(StringComparer.Ordinal);
    private readonly int _longestName;

    private readonly CommandCatalog _catalog;

    private readonly IFileFeature? _files;

    public Router(IEnumerable<IFeature> features, CommandCatalog catalog, IEnumerable<IFileFeature> files)
    {
        _catalog = catalog;
        _files = files.SingleOrDefault();
        foreach (var feature in features)
        {
            foreach (var (info, handle) in feature.Commands)
                foreach (var name in info.Names)
                    _commands.Add(Normalize(name), (info, handle));
            foreach (var verb in feature.Verbs)
            {
                if (verb.ActivityIdentityOnly && verb.AllowedTo.Count > 0)
                    throw new InvalidOperationException($"Verb {verb.Verb} checks roles, so it needs the stored profile.");
                _verbs.Add(verb.Verb, verb);
            }
        }
        _longestName = _commands.Keys.Max(k => k.Split(' ').Length);
    }

    public async Task<AdaptiveCard> OnMessageAsync(Caller caller, string? text, CancellationToken ct)
    {
        if (Match(text) is not (var route, var n, var words))
        {
            Telemetry.Route("notUnderstood");
            return Answered(NotUnderstood(caller, text ?? ""));
        }
        Telemetry.Route(route.Info.Id);
        return Answered(route.Info.IsAllowed(caller)
            ? await route.Handle(new Request(caller, string.Join(' ', words[n..]), null), ct)
            : Refusal(caller, route.Info.AllowedTo));
    }

    /// <summary>A file attached to a message: to the feature that takes files, from the roles it names; from anyone else, what to type.</summary>
    public async Task<AdaptiveCard> OnFileAsync(Caller caller, AttachedFile file, string? text, CancellationToken ct)
    {
        if (_files is null || !_files.FilesFrom.Any(caller.Has)) return await OnMessageAsync(caller, text, ct);
        Telemetry.Route("file");
        return Answered(await _files.OnFileAsync(caller, file, ct));
    }

    /// <summary>The reply's card, once its outcome is in the turn's telemetry.</summary>
    private static AdaptiveCard Answered(Reply reply)
    {
        Telemetry.Outcome(reply.Outcome);
        return reply.Card;
    }

    /// <summary>The command <paramref name="text"/> starts with, how many words name it, and the words; null when none does.</summary>
    private ((CommandInfo Info, Handler Handle) Route, int Length, string[] Words)? Match(string? text)
    {
        var words = Normalize(text is null ? "" : text[..Math.Min(text.Length, CommandWindow)]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Longest match first, so that a two-word command ("tableau de bord") wins over a one-word one.
        for (var n = Math.Min(_longestName, words.Length); n > 0; n--)
            if (_commands.TryGetValue(string.Join(' ', words[..n]), out var route)) return (route, n, words);
        return null;
    }

    /// <summary>
    /// Whether a message (<paramref name="text"/>) or a card action (<paramref name="verb"/>) asks for expensive work: the
    /// edge asks before anything is read, to hold it against the caller's small budget.
    /// </summary>
    public bool IsExpensive(string? text, string? verb) =>
        verb is not null ? _verbs.TryGetValue(verb, out var route) && route.Expensive : Match(text)?.Route.Info.Expensive == true;

    /// <summary>Whether the verb's handler needs the caller's stored profile (roles, name), or only the activity's identity.</summary>
    public bool NeedsProfile(string? verb) => verb is null || !_verbs.TryGetValue(verb, out var route) || !route.ActivityIdentityOnly;

    public async Task<AdaptiveCard> OnVerbAsync(Caller caller, string? verb, JsonObject? data, CancellationToken ct) =>
        Answered(await ReplyAsync(caller, verb, data, ct));

    private async Task<Reply> ReplyAsync(Caller caller, string? verb, JsonObject? data, CancellationToken ct)
    {
        var texts = caller.Texts;
        Telemetry.Route(verb is not null && (_verbs.ContainsKey(verb) || verb is Actions.CancelVerb or Actions.ConfirmVerb) ? verb : "unknown");
        if (verb == Actions.CancelVerb) return Layout.Card(texts, texts.Confirm.NothingChanged, [Layout.Paragraph(texts.Confirm.NothingChanged)], [Actions.Execute(texts.Common.ShowHelp, Cards.Help.HelpVerbs.Help)]);
        if (verb == Actions.ConfirmVerb) return Ask(caller, data);
        if (verb is null || !_verbs.TryGetValue(verb, out var route)) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (!route.IsAllowed(caller)) return Refusal(caller, route.AllowedTo);
        var reply = await route.Handle(new Request(caller, "", data), ct);
        return reply with { Card = Back(caller, data, reply is Reply.Done ? Done(reply.Card, route, data, texts) : reply.Card) };
    }

    /// <summary>A card opened from another (the dashboard) offers the way back to it, when the caller may use that verb.</summary>
    private AdaptiveCard Back(Caller caller, JsonObject? data, AdaptiveCard card) =>
        Envelope(data, Actions.BackField) is { } back && _verbs.TryGetValue(back, out var route) && route.IsAllowed(caller) && back != Actions.ConfirmVerb
            ? card with { Actions = [.. card.Actions ?? [], Actions.Execute(caller.Texts.Common.Back, back)] }
            : card;

    /// <summary>Done after the caller confirmed it from the question's card: the result is headed by what was done.</summary>
    private static AdaptiveCard Done(AdaptiveCard card, VerbRoute route, JsonObject? data, Texts texts) =>
        route.Confirm is { } confirm && Envelope(data, Actions.ConfirmedField) == "true" && confirm(texts).Done is var done
            ? card.Saying(done)
            : card;

    /// <summary>
    /// The question before a destructive verb (named by the card's <see cref="Actions.ConfirmField"/>, which must be one
    /// that asks and that the caller may use): its "yes" sends that verb with the card's data, the inputs filled included.
    /// </summary>
    private Reply Ask(Caller caller, JsonObject? data)
    {
        var texts = caller.Texts;
        if (Envelope(data, Actions.ConfirmField) is not { } verb || !_verbs.TryGetValue(verb, out var route) || route.Confirm is not { } confirm)
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (!route.IsAllowed(caller)) return Refusal(caller, route.AllowedTo);
        var question = confirm(texts);
        var forwarded = data!.DeepClone().AsObject();   // it holds the verb asked about
        forwarded.Remove(Actions.ConfirmField);
        forwarded.Remove(Actions.VerbField);
        forwarded[Actions.ConfirmedField] = "true";
        return Layout.Card(texts, question.Question,
            [Layout.Title(question.Question)],
            [Actions.Execute(question.Yes, verb, forwarded, style: "destructive"), Actions.Execute(texts.Confirm.Cancel, Actions.CancelVerb)]);
    }

    /// <summary>
    /// One of the fields the card model puts around every action's own data (<see cref="Actions.BackField"/>,
    /// <see cref="Actions.ConfirmField"/>, <see cref="Actions.ConfirmedField"/>): the router's envelope, not a feature's.
    /// </summary>
    private static string? Envelope(JsonObject? data, string field) =>
        data?[field] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;

    private static Reply Refusal(Caller caller, IReadOnlyList<Data.People.Role> allowedTo) =>
        Reply.Refuse(caller.Texts,
            allowedTo.Contains(Data.People.Role.Staff) && allowedTo.Contains(Data.People.Role.Expert) ? caller.Texts.Common.StaffOrExpertsOnly
            : allowedTo.Contains(Data.People.Role.Staff) ? caller.Texts.Common.StaffOnly
            : allowedTo.Contains(Data.People.Role.Expert) ? caller.Texts.Common.ExpertsOnly
            : caller.Texts.Common.UnknownAction);

    private Reply NotUnderstood(Caller caller, string text)
    {
        var texts = caller.Texts;
        var shown = text.Trim().ReplaceLineEndings(" ");
        if (shown.Length > EchoLength) shown = shown[..EchoLength].TrimEnd() + "…";
        var first = Normalize(text.Length > CommandWindow ? text[..CommandWindow] : text).Split(' ', 2)[0];
        var suggestion = _catalog.All.Where(c => c.InHelp && c.IsAllowed(caller))
            .Select(c => (Name: c.Describe(texts).Name, Distance: Distance(first, Normalize(c.Describe(texts).Name))))
            .Where(c => first.Length > 2 && c.Distance <= 2)
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();
        return Reply.Refuse(texts, texts.Common.NotUnderstood(shown), [.. suggestion is null ? Array.Empty<string>() : [texts.Common.DidYouMean(suggestion)], texts.Common.TypeHelp]);
    }

    /// <summary>Lower case, no accents, no punctuation at the ends, single spaces: "Équipes !" → "equipes".</summary>
    internal static string Normalize(string text)
    {
        var folded = Data.Folding.Fold(text);
        return folded.Trim('.', '!', '?', ',', ';', ':', ' ') is { Length: > 0 } trimmed ? trimmed : folded;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
