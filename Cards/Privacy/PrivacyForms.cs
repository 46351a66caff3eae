using SmqBot.Cards.Forms;
using SmqBot.Data.Privacy;

namespace SmqBot.Cards.Privacy;

/// <summary>A person's request to the person in charge: a correction (what to correct, required) or an erasure.</summary>
public sealed record PrivacyRequestForm(PrivacyRequestKind Kind, string? Details)
{
    public static class Fields
    {
        public static readonly ChoiceField Kind = new("kind", t => t.Privacy.RequestKindLabel);
        public static readonly TextField Details = new("details", t => t.Privacy.DetailsLabel, PrivacyRequest.MaxDetails, Multiline: true);
    }

    public static readonly IReadOnlyList<PrivacyRequestKind> Kinds = [PrivacyRequestKind.Correction, PrivacyRequestKind.Erasure];

    public static FormState Empty => FormState.Of((Fields.Kind, nameof(PrivacyRequestKind.Correction)));

    public static Bound<PrivacyRequestForm> Bind(FormBinder form)
    {
        var kind = Fields.Kind.Read(form, Kinds);
        var details = Fields.Details.Read(form);
        if (kind == PrivacyRequestKind.Correction && details is null && !form.Refused(Fields.Details))
            form.Refuse(Fields.Details, form.Texts.Common.Required(Fields.Details.Label(form.Texts)));
        return form.Result(() => new PrivacyRequestForm(kind!.Value, details));
    }
}

/// <summary>The person in charge's answer to a request: done or refused, with what the person is told.</summary>
public sealed record PrivacyAnswerForm(PrivacyRequestStatus Status, string Answer)
{
    public static class Fields
    {
        public static readonly ChoiceField Status = new("status", t => t.Privacy.AnswerLabel);
        public static readonly TextField Answer = new("answer", t => t.Privacy.AnswerLabel, PrivacyRequest.MaxDetails, Required: true, Multiline: true);
    }

    public static Bound<PrivacyAnswerForm> Bind(FormBinder form)
    {
        var status = Fields.Status.Read(form, [PrivacyRequestStatus.Done, PrivacyRequestStatus.Refused]);
        var answer = Fields.Answer.Read(form);
        return form.Result(() => new PrivacyAnswerForm(status!.Value, answer!));
    }
}
