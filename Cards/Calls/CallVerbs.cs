namespace SmqBot.Cards.Calls;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class CallVerbs
{
    public const string Calls = "calls.show";
    public const string CallForm = "calls.form";
    public const string CallPreview = "calls.preview";
    public const string CallPost = "calls.post";
    public const string CallUpdate = "calls.update";
    public const string CallView = "calls.view";
    public const string CallApply = "calls.apply";
    public const string CallSubmit = "calls.submit";
    public const string CallWithdraw = "calls.withdraw";
    public const string CallClose = "calls.close";
    public const string CallReview = "calls.review";
    public const string CallApplication = "calls.application";
    public const string CallSelect = "calls.select";
    public const string CallDecline = "calls.decline";
}
