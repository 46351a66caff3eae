using System.Text.RegularExpressions;

namespace SmqBot.Data.Documents;

/// <summary>
/// A query both stores can run: a conjunction of filters on document fields (camelCase JSON paths such as
/// <c>tenantId</c> or <c>profile.email</c>), optionally within one partition, optionally ordered and limited.
/// Deliberately small: it says what the features need and nothing that only one store could do.
/// </summary>
public sealed partial record DocumentQuery
{
    public string? PartitionKey { get; init; }
    public IReadOnlyList<DocumentFilter> Filters { get; init; } = [];
    public string? OrderBy { get; init; }
    public bool Descending { get; init; }
    public int? Limit { get; init; }

    public static DocumentQuery InPartition(string partitionKey) => new() { PartitionKey = partitionKey };
    public static DocumentQuery AcrossPartitions() => new();

    public DocumentQuery Where(string field, object? value) => this with { Filters = [.. Filters, new(Check(field), FilterKind.Equals, value)] };
    public DocumentQuery WhereContains(string arrayField, object value) => this with { Filters = [.. Filters, new(Check(arrayField), FilterKind.ArrayContains, value)] };
    public DocumentQuery WhereAtMost(string field, object value) => this with { Filters = [.. Filters, new(Check(field), FilterKind.AtMost, value)] };
    public DocumentQuery WhereAtLeast(string field, object value) => this with { Filters = [.. Filters, new(Check(field), FilterKind.AtLeast, value)] };
    public DocumentQuery OrderedBy(string field, bool descending = false) => this with { OrderBy = Check(field), Descending = descending };
    public DocumentQuery Take(int limit) => this with { Limit = limit };

    // Field paths are spliced into SQL text on both stores, so only plain identifiers are allowed.
    internal static string Check(string field) =>
        FieldPath().IsMatch(field) ? field : throw new ArgumentException($"'{field}' is not a document field path.", nameof(field));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex FieldPath();
}

public enum FilterKind { Equals, ArrayContains, AtMost, AtLeast }

public sealed record DocumentFilter(string Field, FilterKind Kind, object? Value);
