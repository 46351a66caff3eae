namespace SmqBot.Cards.Common;

/// <summary>
/// Where a cohort's people stand with SmqBot, for staff: how many have the app, how many SmqBot is installing it for,
/// how many were welcomed, and who cannot be reached and why (a reason code: see <see cref="Texts.ReachReason"/>).
/// </summary>
public sealed record ReachSummary(int Installed, int Installing, int Welcomed, IReadOnlyList<(string Who, string Reason)> Unreachable)
{
    public static readonly ReachSummary None = new(0, 0, 0, []);

    /// <summary>The lines a card shows: counts that are not zero, then the people who cannot be reached.</summary>
    public IEnumerable<string> Lines(Texts texts)
    {
        var counts = new[]
        {
            Installed > 0 ? texts.CheckIns.AppInstalledCount(Installed) : null,
            Installing > 0 ? texts.CheckIns.InstallingCount(Installing) : null,
            Welcomed > 0 ? texts.CheckIns.WelcomedCount(Welcomed) : null,
        }.OfType<string>().ToList();
        if (counts.Count > 0) yield return string.Join(" · ", counts);
        if (Unreachable.Count > 0) yield return texts.CheckIns.UnreachablePeople(string.Join(", ", Unreachable.Select(u => $"{u.Who} ({texts.CheckIns.ReachReason(u.Reason)})")));
    }
}
