using SmqBot.Cards.Model;
using SmqBot.Data.Privacy;

namespace SmqBot.Cards.Privacy;

/// <summary>Sends the request form of `mes données`; the nonce makes the same card sent twice one request.</summary>
public sealed record AskPrivacy(string Nonce) : ICardAction<AskPrivacy>
{
    public static string Verb => PrivacyVerbs.Ask;
}

/// <summary>Opens one request on the staff privacy card.</summary>
public sealed record OpenPrivacyRequest(string Request) : ICardAction<OpenPrivacyRequest>
{
    public static string Verb => PrivacyVerbs.Request;
}

/// <summary>Answers a request (corrected, or refused) with the answer typed on its card.</summary>
public sealed record AnswerPrivacyRequest(string Request, PrivacyRequestStatus Status) : ICardAction<AnswerPrivacyRequest>
{
    public static string Verb => PrivacyVerbs.Answer;
}

/// <summary>Erases the person who asked for it (asks first).</summary>
public sealed record ErasePerson(string Request) : ICardAction<ErasePerson>
{
    public static string Verb => PrivacyVerbs.Erase;
}

/// <summary>Blanks one text of others an erasure listed for review (<see cref="Item"/>: its place in the list).</summary>
public sealed record BlankReviewedText(string Request, int Item) : ICardAction<BlankReviewedText>
{
    public static string Verb => PrivacyVerbs.Blank;
}
