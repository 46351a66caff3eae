using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Members;
using SmqBot.Data.Institutions;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Members;

/// <summary>Where member lists may be downloaded from (section <c>Members</c>): the hosts Teams stores attached files on.</summary>
public sealed class MemberOptions
{
    /// <summary>Host names, or "*.domain" for any subdomain: a file attachment's download address must be on one of them.</summary>
    public List<string> FileHosts { get; set; } = ["*.sharepoint.com"];

    public bool Allows(Uri url) => (url.Scheme == Uri.UriSchemeHttps || url.IsLoopback)
        && FileHosts.Any(h => h.StartsWith("*.", StringComparison.Ordinal) ? url.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase) : string.Equals(url.Host, h, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// SMQ's member institutions. `membres` / `members` (staff): how many, and how to import the list. Staff attach the
/// list (xlsx or CSV) to a message in their chat with SmqBot; it is downloaded from Teams' file store (only from the
/// configured hosts, at most 2 MB), read, and compared with the stored list: the preview says what would be added,
/// changed, and which rows are refused and why. Nothing changes until "Appliquer", which applies the checked rows as
/// stored (never what a card sends); applying the same file again changes nothing.
/// </summary>
public sealed class MembersFeature(MemberStore members, IHttpClientFactory http, IOptions<MemberOptions> options, TimeProvider time, ILogger<MembersFeature> logger) : IFeature, IFileFeature
{
    public static readonly CommandInfo MembersCommand = new("members", ["membres", "members"], t => t.Members.MembersCommand, [Role.Staff], InManifest: false) { Order = 105 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(MembersCommand, Show)];

    public IReadOnlyList<Role> FilesFrom => [Role.Staff];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(MemberVerbs.Members, [Role.Staff], Show),
        ActionRoute.For<ApplyImport>([Role.Staff], Apply),
    ];

    private async Task<Reply> Show(Request request, CancellationToken ct) =>
        MembersCard.Build(await members.AllAsync(ct).ToListAsync(ct), request.Caller.Texts);

    /// <summary>A file attached by staff: downloaded, read, checked and compared; answered with the preview.</summary>
    public async Task<Reply> OnFileAsync(Caller caller, AttachedFile file, CancellationToken ct)
    {
        var texts = caller.Texts;
        var t = texts.Members;
        var workbook = file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (!workbook && !file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return Reply.Refuse(texts, t.NotAFile);
        if (!Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var url) || !options.Value.Allows(url)) return Reply.Refuse(texts, t.NotAFile);
        byte[] bytes;
        try
        {
            bytes = await DownloadAsync(url, ct);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Could not download a member list: {Status}", e.StatusCode);
            return Reply.Refuse(texts, t.FileUnreadable);
        }
        if (bytes.Length > MemberImport.MaxBytes) return Reply.Refuse(texts, t.FileTooLarge(MemberImport.MaxBytes / 1024 / 1024));
        ParsedList parsed;
        try
        {
            parsed = MemberImport.Parse(bytes, workbook, time.GetUtcNow());
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException or IOException)
        {
            return Reply.Refuse(texts, t.FileUnreadable);
        }
        if (parsed.MissingColumns.Count > 0) return Reply.Refuse(texts, t.MissingColumns(string.Join(", ", parsed.MissingColumns.Select(t.ColumnName))));

        var known = await members.AllAsync(ct).ToDictionaryAsync(m => m.Id, cancellationToken: ct);
        var added = parsed.Rows.Select(r => r.Institution).Where(m => !known.ContainsKey(m.Id)).ToList();
        var changed = parsed.Rows.Select(r => r.Institution).Where(m => known.TryGetValue(m.Id, out var k) && !k.Same(m)).Select(m => (known[m.Id], m)).ToList();
        // The import is named by its rows: the same file checked twice is one import.
        var rows = added.Concat(changed.Select(c => c.m)).ToList();
        var id = "i-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        if (rows.Count > 0) await members.SaveImportAsync(new PendingImport { Id = id, Rows = rows, CreatedAt = time.GetUtcNow() }, ct);
        return ImportPreviewCard.Build(new ImportPreview(id, added, changed, parsed.Rows.Count - rows.Count, parsed.Refused), texts);
    }

    /// <summary>The file, read up to one byte past the limit (so that a larger one is told apart without reading it all).</summary>
    private async Task<byte[]> DownloadAsync(Uri url, CancellationToken ct)
    {
        using var client = http.CreateClient(nameof(MembersFeature));
        client.Timeout = TimeSpan.FromSeconds(30);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MemberImport.MaxBytes) break;
        }
        return buffer.ToArray();
    }

    /// <summary>Applies a checked import's rows, each on the list as it now stands: applying twice changes nothing.</summary>
    private async Task<Reply> Apply(Request request, ApplyImport apply, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await members.ImportAsync(apply.Import, ct) is not { } import) return Reply.Refuse(texts, texts.Members.ImportGone);
        var (added, changed) = (0, 0);
        // The list as it stands now (one query), not as it stood at the preview: applying twice writes nothing twice.
        var known = await members.AllAsync(ct).ToDictionaryAsync(m => m.Id, cancellationToken: ct);
        foreach (var row in import.Rows)
        {
            var current = known.GetValueOrDefault(row.Id);
            if (current is not null && current.Same(row)) continue;
            await members.SaveAsync(row with { UpdatedAt = time.GetUtcNow() }, ct);
            if (current is null) added++; else changed++;
        }
        var all = await members.AllAsync(ct).ToListAsync(ct);
        return new Reply.Done(MembersCard.Build(all, texts, added + changed == 0 ? texts.Members.NothingToApply : texts.Members.Applied(added, changed)));
    }
}
