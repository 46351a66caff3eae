using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Every command of the bot, in one table: the router matches typed text against it, the help card lists what a
/// caller's roles allow, and the manifest's command lists mirror it. A feature adds its commands here.
/// </summary>
public static class Commands
{
    public static readonly CommandInfo Help = new("help", ["aide", "help", "?"], t => t.HelpCommand, []);
    public static readonly CommandInfo Profile = new("profile", ["profil", "profile", "moi", "me"], t => t.ProfileCommand, []);
    public static readonly CommandInfo Targets = new("targets", ["mes cibles", "my targets", "cibles", "targets"], t => t.TargetsCommand, []);
    public static readonly CommandInfo Hours = new("hours", ["heures", "hours"], t => t.HoursCommand, [Role.Expert]);
    public static readonly CommandInfo Coaching = new("coaching", ["accompagnements", "coaching"], t => t.CoachingCommand, [Role.Staff]);
    public static readonly CommandInfo Cohorts = new("cohorts", ["cohortes", "cohorts"], t => t.CohortsCommand, [Role.Staff]);
    public static readonly CommandInfo Calls = new("calls", ["appels", "calls"], t => t.CallsCommand, [Role.Staff]);
    public static readonly CommandInfo Schedule = new("schedule", ["planifier", "schedule"], t => t.ScheduleCommand, [Role.Staff, Role.Expert]);
    public static readonly CommandInfo Report = new("report", ["rapport", "report"], t => t.ReportCommand, [Role.Staff]);
    public static readonly CommandInfo Dashboard = new("dashboard", ["tableau de bord", "dashboard"], t => t.DashboardCommand, [Role.Staff]);
    public static readonly CommandInfo Teams = new("teams", ["equipes", "teams"], t => t.TeamsCommand, [Role.Staff], InManifest: false);
    public static readonly CommandInfo Deliveries = new("deliveries", ["envois", "deliveries"], t => t.DeliveriesCommand, [Role.Staff], InManifest: false);

    public static readonly IReadOnlyList<CommandInfo> All = [Help, Profile, Targets, Hours, Schedule, Cohorts, Coaching, Calls, Report, Dashboard, Teams, Deliveries];

    public static IReadOnlyList<CommandText> AvailableTo(Caller caller) =>
        [.. All.Where(c => c.IsAllowed(caller)).Select(c => c.Describe(caller.Texts))];
}
