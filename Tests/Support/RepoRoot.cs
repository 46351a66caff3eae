using System.Reflection;

namespace SmqBot.Tests.Support;

[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepoRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}

public static class Repo
{
    /// <summary>The repository root, as MSBuild saw it when the tests were built.</summary>
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttribute<RepoRootAttribute>()!.Path;

    public static string NodeTool(string relative) => System.IO.Path.Combine(Root, "node_modules", relative);

    public static string CardsDir { get; } = System.IO.Path.Combine(Root, "artifacts", "cards");
}
