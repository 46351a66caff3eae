using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>What a handler gets: the caller, the words after the command, and the data a card sent (user input).</summary>
public sealed record Request(Caller Caller, string Arguments, JsonObject? Data);

/// <summary>Every handler answers with one card (the reply to a message, or the refreshed card for an Action.Execute), and what it means.</summary>
public delegate Task<Reply> Handler(Request request, CancellationToken ct);

/// <summary>
/// A command people can type. <see cref="Names"/> are matched without case or accents, in either language;
/// <see cref="AllowedTo"/> empty means everyone.
/// </summary>
/// <param name="InManifest">
/// Whether the Teams manifest's command menu lists it. Teams shows at most 10 commands per scope; the others are still
/// typed, and the help card lists them all.
/// </param>
/// <param name="Order">Where the help card and the manifest list it.</param>
public sealed record CommandInfo(string Id, IReadOnlyList<string> Names, Func<Texts, CommandText> Describe, IReadOnlyList<Role> AllowedTo, bool InManifest = true)
{
    public int Order { get; init; }
    /// <summary>Whether the help card lists it (a greeting is answered, not listed).</summary>
    public bool InHelp { get; init; } = true;
    /// <summary>Costly to answer (a scan, a report): it counts against the caller's small budget for expensive work as well.</summary>
    public bool Expensive { get; init; }

    public bool IsAllowed(Caller caller) => AllowedTo.Count == 0 || AllowedTo.Any(caller.Has);
}

/// <param name="ActivityIdentityOnly">
/// The handler needs only the caller's Entra id and locale from the activity, not their stored profile: the turn then
/// skips the profile read (the check-in path, which must cost one read and one write). Only for verbs open to everyone.
/// </param>
public sealed record VerbRoute(string Verb, IReadOnlyList<Role> AllowedTo, Handler Handle, bool ActivityIdentityOnly = false)
{
    /// <summary>
    /// A destructive verb: its buttons (<see cref="Actions.Destructive"/>) first get a card asking this question; once
    /// confirmed, the answer starts by saying what was done.
    /// </summary>
    public Func<Texts, Confirmation>? Confirm { get; init; }

    /// <summary>Costly to answer (a scan, a report): it counts against the caller's small budget for expensive work as well.</summary>
    public bool Expensive { get; init; }

    public bool IsAllowed(Caller caller) => AllowedTo.Count == 0 || AllowedTo.Any(caller.Has);
}

/// <summary>The route of a card action: the router binds the card's data into the action's record before the handler, or refuses it.</summary>
public static class ActionRoute
{
    public static VerbRoute For<T>(IReadOnlyList<Role> allowedTo, Func<Request, T, CancellationToken, Task<Reply>> handle, bool activityIdentityOnly = false)
        where T : class, ICardAction<T> =>
        new(T.Verb, allowedTo, (request, ct) => CardActionData.Bind<T>(request.Data) is { } action
            ? handle(request, action, ct)
            : Task.FromResult<Reply>(Reply.Refuse(request.Caller.Texts, request.Caller.Texts.Common.UnknownAction)), activityIdentityOnly);
}

/// <summary>A feature's entry points: the commands it answers, each with its handler, and its card verbs.</summary>
public interface IFeature
{
    IEnumerable<(CommandInfo Command, Handler Handle)> Commands { get; }
    IEnumerable<VerbRoute> Verbs { get; }
}

/// <summary>A file someone attached to a message in Teams: its name and the address Teams gives to download it.</summary>
public sealed record AttachedFile(string Name, string DownloadUrl);

/// <summary>The feature that takes files people attach to a message, from the roles it names (the member list, from staff).</summary>
public interface IFileFeature
{
    IReadOnlyList<Role> FilesFrom { get; }
    Task<Reply> OnFileAsync(Caller caller, AttachedFile file, CancellationToken ct);
}

/// <summary>A form's submission, bound before its handler runs: the typed form, and the way to show it again, refused.</summary>
public sealed record Submission<T>(T Form, Cards.Forms.FormState State, Func<Cards.Forms.FormState, Task<Reply>> Redisplay) where T : class
{
    /// <summary>The same form, filled with what the person typed, with <paramref name="message"/> next to <paramref name="field"/>.</summary>
    public async Task<Reply> Refuse(Cards.Forms.FormField field, string message) => (await Redisplay(State.WithError(field, message))).AsRefused();
}

/// <summary>
/// The route of a verb that submits a form: the router binds the card's data to the form first; a refused field shows
/// the form again (<paramref name="redisplay"/>) with what was typed, so the handler only ever sees a bound form.
/// </summary>
public static class FormRoute
{
    public static VerbRoute For<T>(string verb, IReadOnlyList<Role> allowedTo, Func<Cards.Forms.FormBinder, Cards.Forms.Bound<T>> bind,
        Func<Request, Cards.Forms.FormState, CancellationToken, Task<Reply>> redisplay,
        Func<Request, Submission<T>, CancellationToken, Task<Reply>> handle, bool activityIdentityOnly = false) where T : class =>
        new(verb, allowedTo, (request, ct) => SubmitAsync(request, bind, state => redisplay(request, state, ct), submission => handle(request, submission, ct)), activityIdentityOnly);

    /// <summary>
    /// A form whose button also carries a card action's data (which request, which cohort): the action is bound first
    /// (data that does not bind gets the refusal card), then the form, as above.
    /// </summary>
    public static VerbRoute For<TForm, TAction>(IReadOnlyList<Role> allowedTo, Func<Cards.Forms.FormBinder, Cards.Forms.Bound<TForm>> bind,
        Func<Request, TAction, Cards.Forms.FormState, CancellationToken, Task<Reply>> redisplay,
        Func<Request, TAction, Submission<TForm>, CancellationToken, Task<Reply>> handle, bool activityIdentityOnly = false)
        where TForm : class where TAction : class, ICardAction<TAction> =>
        ActionRoute.For<TAction>(allowedTo, (request, action, ct) =>
            SubmitAsync(request, bind, state => redisplay(request, action, state, ct), submission => handle(request, action, submission, ct)), activityIdentityOnly);

    /// <summary>Binds the card's data to the form: the handler gets it bound, or the form comes back filled and refused.</summary>
    private static async Task<Reply> SubmitAsync<T>(Request request, Func<Cards.Forms.FormBinder, Cards.Forms.Bound<T>> bind,
        Func<Cards.Forms.FormState, Task<Reply>> redisplay, Func<Submission<T>, Task<Reply>> handle) where T : class
    {
        var bound = bind(new Cards.Forms.FormBinder(request.Data, request.Caller.Texts));
        return bound.Value is { } form ? await handle(new Submission<T>(form, bound.State, redisplay)) : (await redisplay(bound.State)).AsRefused();
    }
}
