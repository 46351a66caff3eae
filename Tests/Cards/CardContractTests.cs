using System.Text.RegularExpressions;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Cards;

/// <summary>
/// Between a card and its handler nothing is written or read by string key: a card action is a record
/// (<c>ICardAction</c>) the router binds. The features moved to it are kept at zero; the rest (issue 27, under way) may
/// only go down from what they were when the mechanism came, so that nobody adds a string key meanwhile.
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

    [Theory]
    [InlineData("Privacy")]
    [InlineData("Reports")]
    [InlineData("Outbox")]
    [InlineData("Meetings")]
    [InlineData("CheckIns")]
    public void AFeatureOnCardActionsReadsNoKeyByString(string feature) => Assert.Equal(0, Count($"Bot/Features/{feature}", KeyRead()));

    [Theory]
    [InlineData("Privacy")]
    [InlineData("Reports")]
    [InlineData("Outbox")]
    [InlineData("Meetings")]
    public void AFeatureOnCardActionsWritesNoKeyByString(string feature) => Assert.Equal(0, Count($"Cards/{feature}", KeyWrite()));

    [Fact]
    public void StringKeysBetweenCardsAndHandlersOnlyGoDown()
    {
        Assert.InRange(Count("Bot/Features", KeyRead()), 0, 44);
        Assert.InRange(Count("Cards", KeyWrite(), f => !f.StartsWith("Cards/Model/", StringComparison.Ordinal)), 0, 46);
    }
}
