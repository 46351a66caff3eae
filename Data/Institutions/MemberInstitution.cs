using System.Security.Cryptography;
using System.Text;
using SmqBot.Data.Documents;

namespace SmqBot.Data.Institutions;

/// <summary>
/// A member institution of the SMQ, as its member list says: name, region, member number, and whether it is recognised
/// for its tourism potential (what individual coaching is for). Its id comes from its folded name, so that importing
/// the same list twice finds each institution again. Institutions are organisations: nobody's personal data.
/// </summary>
public sealed record MemberInstitution
{
    public string DocumentType => "member";
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public string? Number { get; init; }
    public bool TourismPotential { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The id of an institution by its name: "Musée de Sept-Îles" and "musee de  sept-iles" are one.</summary>
    public static string IdOf(string name) => "m-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Folding.Fold(name))))[..16];

    /// <summary>Whether the list says the same of it (its update time aside).</summary>
    public bool Same(MemberInstitution other) => (Name, Region, Number, TourismPotential) == (other.Name, other.Region, other.Number, other.TourismPotential);
}

/// <summary>Why a row of a member list was refused (the card says it in the reader's words, with the row's number).</summary>
public enum RowProblem { NoName, NameTooLong, UnknownRegion, NotYesOrNo, Duplicate, FormulaOrMarkup, TooManyRows }

/// <summary>A refused row: its line in the file, why, and the value at fault (shortened).</summary>
public sealed record RowRefusal(int Line, RowProblem Problem, string? Value = null);

/// <summary>An import checked and waiting for staff to apply it: the rows that hold.</summary>
public sealed record PendingImport
{
    public string DocumentType => "import";
    public required string Id { get; init; }
    public required IReadOnlyList<MemberInstitution> Rows { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The member list (one partition: a few hundred institutions) and the imports waiting to be applied (another).</summary>
public sealed class MemberStore(IDocumentDatabase database)
{
    public const string MembersPartition = "members";
    public const string ImportsPartition = "imports";
    private readonly IDocumentContainer _institutions = database.Container(ContainerNames.Institutions);

    public IAsyncEnumerable<MemberInstitution> AllAsync(CancellationToken ct = default) =>
        _institutions.QueryAsync<MemberInstitution>(DocumentQuery.InPartition(MembersPartition).Where("documentType", "member"), ct);

    public async Task<MemberInstitution?> FindAsync(string id, CancellationToken ct = default) => (await _institutions.ReadAsync<MemberInstitution>(MembersPartition, id, ct))?.Value;

    /// <summary>The member institution a name stands for (case, accents and spacing ignored); null when it is not on the list.</summary>
    public Task<MemberInstitution?> MatchAsync(string name, CancellationToken ct = default) => FindAsync(MemberInstitution.IdOf(name), ct);

    /// <summary>An institution as a course or a profile holds it: the member's own name and id when the name is on the list.</summary>
    public async Task<Coaching.Institution> ReferAsync(string name, string region, CancellationToken ct = default) =>
        await MatchAsync(name, ct) is { } member ? new Coaching.Institution(member.Name, region.Length > 0 ? region : member.Region) { MemberId = member.Id } : new Coaching.Institution(name, region);

    public Task SaveAsync(MemberInstitution institution, CancellationToken ct = default) => _institutions.UpsertAsync(MembersPartition, institution.Id, institution, ct);

    public async Task<PendingImport?> ImportAsync(string id, CancellationToken ct = default) => (await _institutions.ReadAsync<PendingImport>(ImportsPartition, id, ct))?.Value;

    public Task SaveImportAsync(PendingImport import, CancellationToken ct = default) => _institutions.UpsertAsync(ImportsPartition, import.Id, import, ct);
}
