namespace SmqBot.Data;

/// <summary>
/// Québec's 17 administrative regions, by their official names (the same in French and English): where a museum
/// institution is, as people choose it and as the Ministry's report groups accompaniments.
/// </summary>
public static class Regions
{
    public static readonly IReadOnlyList<string> Quebec =
    [
        "Bas-Saint-Laurent", "Saguenay–Lac-Saint-Jean", "Capitale-Nationale", "Mauricie", "Estrie", "Montréal", "Outaouais",
        "Abitibi-Témiscamingue", "Côte-Nord", "Nord-du-Québec", "Gaspésie–Îles-de-la-Madeleine", "Chaudière-Appalaches", "Laval",
        "Lanaudière", "Laurentides", "Montérégie", "Centre-du-Québec",
    ];
}
