namespace SmqBot.Data.People;

public enum Role { Staff, Expert, Participant }

/// <summary>Where to reach someone proactively: what the Bot Connector needs to continue a conversation.</summary>
public sealed record ConversationAddress(string ServiceUrl, string ChannelId, string ConversationId, string TenantId, string BotId, string? UserId);

/// <summary>
/// Someone who talks to SmqBot, keyed by their Entra ID (AAD) object id, which comes from the activity and never
/// from card data. Roles granted here come from the programme's own data (an expert assigned, a member selected);
/// staff can also be named in configuration.
/// </summary>
public sealed record Person : Privacy.IPersonalRecord<Person>
{
    /// <summary>A profile is its person's alone: exported whole, deleted on erasure.</summary>
    public static Privacy.PersonalDataDeclaration<Person> PersonalData { get; } = new()
    {
        People = p => [new(p.AadObjectId, Privacy.PersonRole.Self)],
        Export = (p, me) => p.AadObjectId != me ? [] :
        [
            Privacy.ExportRow.Of("profile", ("name", p.Name), ("email", p.Email), ("institution", p.Institution?.Name), ("region", p.Institution?.Region),
                ("language", p.Language), ("locale", p.Locale), ("timeZone", p.TimeZone), ("roles", string.Join(", ", p.Roles)),
                ("firstSeen", p.FirstSeen), ("appInstalled", p.PersonalAppInstalled || p.PersonalConversation is not null)),
        ],
        Erase = (p, e) => e.Is(p.AadObjectId) ? null : p,
    };

    public required string AadObjectId { get; init; }
    public required string TenantId { get; init; }
    public string? Name { get; init; }
    /// <summary>User principal name or e-mail, when Teams gave it; lets configuration name staff by UPN.</summary>
    public string? Email { get; init; }
    /// <summary>When Teams or the directory last gave <see cref="Email"/>: staff named by UPN count only while it is recent.</summary>
    public DateTimeOffset? EmailCheckedAt { get; init; }
    /// <summary>The last locale Teams reported for this person (fr-CA, en-US, …).</summary>
    public string? Locale { get; init; }
    /// <summary>The language they chose in `profil` ("fr" or "en"): it wins over what Teams reports, in replies and proactive messages.</summary>
    public string? Language { get; init; }
    public string TimeZone { get; init; } = "America/Toronto";
    public IReadOnlyList<Role> Roles { get; init; } = [];
    /// <summary>The personal chat with the bot, once the app is installed in personal scope.</summary>
    public ConversationAddress? PersonalConversation { get; init; }
    public bool PersonalAppInstalled { get; init; }
    /// <summary>
    /// How to open a personal chat with someone who has none yet (their Teams user id, the service URL, the bot), learnt
    /// from an activity of theirs, such as an application sent from a channel card.
    /// </summary>
    public Outbox.PersonalTarget? Reach { get; init; }
    /// <summary>The cohorts this person coaches as an expert, so that their hours card lists them without a cross-partition query.</summary>
    public IReadOnlyList<string> ExpertOfCohorts { get; init; } = [];
    /// <summary>The museum institution they work for, as they (or their application) gave it: reports count institutions by it.</summary>
    public Coaching.Institution? Institution { get; init; }
    public DateTimeOffset FirstSeen { get; init; }

    /// <summary>SmqBot installing itself for them through Graph, when staff added them before they had the app.</summary>
    public AppInstall? AppInstall { get; init; }
}

public enum AppInstallStatus { Installing, Installed, Unreachable }

/// <summary>
/// Where SmqBot's installation for someone stands. <see cref="Pending"/> while the background pass still has work
/// (install, then find the chat), due at <see cref="DueAt"/> (Unix ms); <see cref="Reason"/> says why they could not be
/// reached. <see cref="ServiceUrl"/> and <see cref="BotId"/> address the chat once Graph names it.
/// </summary>
public sealed record AppInstall(AppInstallStatus Status, bool Pending, long DueAt, string ServiceUrl, string BotId, int Attempts = 0, string? Reason = null);
