using System.Text.RegularExpressions;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Cards;

/// <summary>
/// Between a card and its handler nothing is written or read by string key: a card action is a record
/// (<c>ICardAction</c>) the router binds. These counts (reads like <c>data.Id("cohort")</c> in the features, keys
/// written like <c>["cohort"] =</c> in the cards) stay at zero.
/// </summary>
public sealed partial class CardContractTests
{
    [GeneratedRegex("""\.(Text|Id|Date|Month|Time|Field)\("[A-Za-z]""")]
    private static partial Regex KeyRead();

    [GeneratedRegex("""\["[A-Za-z]+"\] =""")]
    private static partial Regex KeyWrite();

    private static int Count(string folder, Regex pattern, Func<string, bool>? keep = null) =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => keep?.Invoke(Path.GetRelativePath(Repo.Root, f).Replace('\\', '/')) ?? true)
            .Sum(f => pattern.Matches(File.ReadAllText(f)).Count);

    [Fact]
    public void NoKeyIsReadOrWrittenByStringBetweenCardsAndHandlers()
    {
        Assert.Equal(0, Count("Bot/Features", KeyRead()));
        Assert.Equal(0, Count("Cards", KeyWrite(), f => !f.StartsWith("Cards/Model/", StringComparison.Ordinal)));
        Assert.False(File.Exists(Path.Combine(Repo.Root, "Bot", "Features", "Routing", "CardData.cs")));
    }

    /// <summary>Texts.cs only composes the features' texts (and the ones every card shares, in CommonTexts): it stays short.</summary>
    [Fact]
    public void TextsOnlyComposes() =>
        Assert.InRange(File.ReadAllLines(Path.Combine(Repo.Root, "Cards", "Common", "Texts.cs")).Length, 1, 150);

    /// <summary>
    /// A refusal is a handler's answer (<c>Reply.Refused</c>), never found by comparing a card's first line with the
    /// error title; in the features only <c>Reply.Refuse</c> builds the refusal card.
    /// </summary>
    [Fact]
    public void TheRouterDoesNotTellARefusalByItsText()
    {
        Assert.Equal(0, Count("Bot", new Regex(@"ErrorTitle")));
        Assert.Equal(1, Count("Bot/Features", new Regex(@"ErrorCard\.Build\(")));
    }
}
