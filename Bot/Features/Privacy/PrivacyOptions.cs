namespace SmqBot.Bot.Features.Privacy;

/// <summary>Law 25 (section <c>Privacy</c>): the person in charge people write to, and how long personal information is kept.</summary>
public sealed class PrivacyOptions
{
    /// <summary>The person in charge of the protection of personal information (s. 3.1), as the cards name them.</summary>
    public string OfficerName { get; set; } = "Société des musées du Québec";
    /// <summary>Their address, shown on the cards; when SmqBot knows someone by it, they are told of each new request.</summary>
    public string? OfficerEmail { get; set; }
    /// <summary>Years after a course closes (or a call's deadline) before its people are anonymised: the funding-audit horizon.</summary>
    public int RetentionYears { get; set; } = 7;
    public bool RetentionEnabled { get; set; } = true;
    /// <summary>Days a delivered message keeps its card (what it said); after, only that it was sent (what `envois` counts).</summary>
    public int MessageRetentionDays { get; set; } = 30;
    /// <summary>Years the access log keeps a line.</summary>
    public int AccessLogYears { get; set; } = 2;
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    public string Officer => OfficerEmail is { Length: > 0 } email ? $"{OfficerName} ({email})" : OfficerName;
}
