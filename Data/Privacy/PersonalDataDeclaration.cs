namespace SmqBot.Data.Privacy;

/// <summary>How a record refers to someone.</summary>
public enum PersonRole { Self, Member, Expert, Coached, StaffOwner, Organiser, Voter, Creator, Recipient, RosterMember, Actor, Subject, Answerer }

/// <summary>A person a record names, by Entra object id, and in what role.</summary>
public sealed record Reference(string AadObjectId, PersonRole Role);

/// <summary>
/// A text a person typed, where it sits in its record (<see cref="Path"/>, which the record's declaration understands:
/// "checkIn:{id}:obstacles") and who typed it (null: nobody in particular, such as a call's published text).
/// </summary>
public sealed record TypedText(string? Author, string Path, string Text);

/// <summary>One labelled value of someone's export: a key the reader's language names ("date", "obstacles"), and the value (text, number, date).</summary>
public sealed record ExportField(string Key, object? Value);

/// <summary>One row of someone's export: the section it belongs in ("checkIns", "targets"…) and its fields.</summary>
public sealed record ExportRow(string Section, IReadOnlyList<ExportField> Fields)
{
    public static ExportRow Of(string section, params (string Key, object? Value)[] fields) =>
        new(section, [.. fields.Select(f => new ExportField(f.Key, f.Value))]);
}

/// <summary>Erasing one person: their ids become <see cref="Pseudonym"/>, their names <see cref="Redaction.AnonymousName"/>, their addresses nothing, their texts <see cref="Redaction.Erased"/>.</summary>
/// <param name="Aliases">Their other ids: Teams user id, personal chat id.</param>
public sealed record Erasure(string AadObjectId, string Pseudonym, IReadOnlySet<string> Emails, IReadOnlySet<string> Aliases)
{
    public bool Is(string? aadObjectId) => aadObjectId is not null && string.Equals(aadObjectId, AadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>A person reference with them replaced; anyone else's unchanged.</summary>
    public Cohorts.PersonRef Ref(Cohorts.PersonRef person) =>
        Is(person.AadObjectId) || (person.Email is { } email && Emails.Contains(email))
            ? person with { AadObjectId = Is(person.AadObjectId) ? Pseudonym : person.AadObjectId, Name = Redaction.AnonymousName, Email = null }
            : person;

    public string Id(string aadObjectId) => Is(aadObjectId) ? Pseudonym : aadObjectId;

    /// <summary>A text erased when <paramref name="author"/> is them.</summary>
    public string? Text(string? author, string? text) => text is not null && Is(author) ? Redaction.Erased : text;

    /// <summary>A document key (partition key or id) that contains their id, with the pseudonym in its place.</summary>
    public string Key(string key) => key.Replace(AadObjectId, Pseudonym, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// What a stored record holds about people, declared in code beside the record (so that renaming a property changes
/// the declaration with it, or does not compile): whom it names and in what role, the texts people typed in it and
/// who typed each, what of it belongs to one person (their export), how one person is erased from it, and how one text
/// is blanked. Export, erasure, retention and the access log read these declarations, never the stored JSON.
/// </summary>
public sealed record PersonalDataDeclaration<T>
{
    /// <summary>Whom the record names.</summary>
    public required Func<T, IEnumerable<Reference>> People { get; init; }
    /// <summary>The texts people typed in it, each with its author.</summary>
    public Func<T, IEnumerable<TypedText>> Texts { get; init; } = _ => [];
    /// <summary>What of the record is the person's, as rows of their export (never what someone else typed).</summary>
    public required Func<T, string, IEnumerable<ExportRow>> Export { get; init; }
    /// <summary>The record with one person erased (ids, name, address, their texts); null when it was theirs alone and goes.</summary>
    public required Func<T, Erasure, T?> Erase { get; init; }
    /// <summary>The record with one text (by its <see cref="TypedText.Path"/>) blanked: someone else's words that named an erased person.</summary>
    public Func<T, string, T> Blank { get; init; } = (record, _) => record;
}

/// <summary>A record type that declares its personal data (see <see cref="PersonalDataDeclaration{T}"/>).</summary>
public interface IPersonalRecord<T> where T : IPersonalRecord<T>
{
    static abstract PersonalDataDeclaration<T> PersonalData { get; }
}
