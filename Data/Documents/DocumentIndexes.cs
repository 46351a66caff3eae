namespace SmqBot.Data.Documents;

/// <summary>
/// The fields queried across a container without its partition key, each for a person's own records (their data under
/// Law 25: <see cref="Privacy.PersonalData"/>) or a course's. Cosmos DB indexes every path by default; the embedded store
/// indexes these (a partial index per container and field, <see cref="SqliteDocumentDatabase"/>), so that finding one
/// person's records reads theirs, not every row of the container.
/// </summary>
public static class DocumentIndexes
{
    public static readonly IReadOnlyList<(string Container, string Field)> Fields =
    [
        (ContainerNames.Outbox, "person.aadObjectId"),
        (ContainerNames.Outbox, "person.userId"),
        (ContainerNames.Outbox, "conversation.conversationId"),
        (ContainerNames.Accompaniments, "coachedPerson.aadObjectId"),
        (ContainerNames.Accompaniments, "staffOwner.aadObjectId"),
        (ContainerNames.Participations, "courseId"),
        (ContainerNames.Calls, "aadObjectId"),
        (ContainerNames.Calls, "createdBy"),
        (ContainerNames.Calls, "placement.expertAadObjectId"),
        (ContainerNames.Activities, "aadObjectId"),
        (ContainerNames.Activities, "createdBy"),
        (ContainerNames.Activities, "dueAt"),
        (ContainerNames.Plans, "setBy"),
        (ContainerNames.Privacy, "by"),
        (ContainerNames.Privacy, "subject"),
    ];
}
