using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Cards;

/// <summary>
/// French as Quebec writes it. The test command checks every French card the tests produced with
/// Tests/tools/check-french.mjs; these tests show that the check finds each fault and leaves people's own words alone,
/// and put every French text of the bot on one card, so that a text no other test shows is checked too.
/// </summary>
public sealed class FrenchTypographyTests
{
    [Fact]
    public void EveryFrenchTextIsOnACardTheTypographyCheckReads()
    {
        var texts = Samples(Texts.French).Distinct().ToList();

        var card = CardReader.Archive(CardJson.ToNode(new AdaptiveCard { Lang = "fr", Body = [.. texts.Select(t => new TextBlock(t))] }), "texts-french");

        // The help texts, the confirmations and the forms' refusals are all there, as the bot writes them.
        Assert.True(texts.Count > 400, $"only {texts.Count} French texts found");
        Assert.Contains(Texts.French.Confirm.CloseCohort.Question, texts);
        Assert.Contains(Texts.French.Forms.FixTheFields, texts);
        Assert.Contains("Cohorte fermée\u00A0: les bilans sont arrêtés.", CardReader.Walk(card).Select(n => (string?)n["text"]).Select(t => t?.Replace("\\", "")));
    }

    [Fact]
    public async Task TheCheckFindsEachFaultAndLeavesPeoplesWordsAsTheyWrote()
    {
        var folder = Directory.CreateTempSubdirectory("french-").FullName;
        try
        {
            Write(folder, "0001-bad.json", "fr", "Bilan : la semaine", "Bonjour !", "Cohorte « Accueil »", "Dans l'équipe", "15 h de travail", "le 1 décembre", "Une experte", "Fin:",
                "1\u00A0bilan(s) sur 1\u00A0membres", "0\u00A0cibles en cours", "«\u00A0Date limite\u00A0» est requis.");
            Write(folder, "0002-english.json", "en", "Check-in : l'équipe");                 // English is not held to French rules
            Write(folder, "0003-theirs.json", "fr", "Votre note\u00A0: C'est fini : merci!");
            File.WriteAllLines(Path.Combine(folder, "people.txt"), ["C'est fini : merci!"]);

            var (exit, output) = await CheckAsync(folder);

            Assert.Equal(1, exit);
            foreach (var fault in new[]
            {
                "a plain space before a colon (U+00A0): «Bilan : la semaine»",
                "a plain space before ; ! ? (U+202F): «Bonjour !»",
                "a plain space inside « » (U+00A0): «Cohorte « Accueil »»",
                "a straight apostrophe (’): «Dans l'équipe»",
                "a plain space between a number and what it counts (U+00A0): «15 h de travail»",
                "\"1 month\" instead of \"1er month\": «le 1 décembre»",
                "a plain space between a number and what it counts (U+00A0): «le 1 décembre»",
                "\"expert\" instead of \"ressource spécialisée\": «Une experte»",
                "no space before a colon (U+00A0): «Fin:»",
                // Agreement (issue 28): 0 and 1 take the singular, no "(s)", no sentence that cannot agree with a label.
                "a plural after 0 or 1 (0 and 1 take the singular): «1⍽bilan(s) sur 1⍽membres»",
                "a \"(s)\" instead of a number that agrees: «1⍽bilan(s) sur 1⍽membres»",
                "a plural after 0 or 1 (0 and 1 take the singular): «0⍽cibles en cours»",
                "a field named in a sentence that cannot agree with it: ««⍽Date limite⍽» est requis.»",
            })
                Assert.Contains($"0001-bad.json: {fault}", output);
            Assert.DoesNotContain("0002-english.json", output);
            Assert.DoesNotContain("0003-theirs.json", output);
            Assert.Contains("13 faults", output);

            File.Delete(Path.Combine(folder, "0001-bad.json"));
            Write(folder, "0001-good.json", "fr", "Bilan\u00A0: la semaine", "Bonjour\u202F!", "Cohorte «\u00A0Accueil\u00A0»", "Dans l’équipe", "15\u00A0h de travail", "le 1er\u00A0décembre", "Une ressource spécialisée", "de 1 à 5",
                "1\u00A0bilan sur 3\u00A0membres", "0\u00A0cible en cours", "Indiquez «\u00A0Date limite\u00A0».", "1\u00A0mois");
            var (goodExit, goodOutput) = await CheckAsync(folder);
            Assert.Equal((0, "French typography: 13 strings in 2 French cards; 0 faults"), (goodExit, goodOutput.Trim()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Musée régional de Rimouski", "le Musée régional de Rimouski", "du Musée régional de Rimouski")]
    [InlineData("Maison Saint-Gabriel", "la Maison Saint-Gabriel", "de la Maison Saint-Gabriel")]
    [InlineData("Écomusée du fier monde", "l’Écomusée du fier monde", "de l’Écomusée du fier monde")]
    [InlineData("Archives nationales", "les Archives nationales", "des Archives nationales")]
    [InlineData("La Pulperie de Chicoutimi", "la Pulperie de Chicoutimi", "de la Pulperie de Chicoutimi")]
    [InlineData("Le Centre d’histoire", "le Centre d’histoire", "du Centre d’histoire")]
    [InlineData("Pointe-à-Callière", "Pointe-à-Callière", "de Pointe-à-Callière")]
    [InlineData("Exporail", "Exporail", "d’Exporail")]
    public void AnInstitutionsNameTakesTheArticleTheSentenceNeeds(string name, string the, string of)
    {
        Assert.Equal((the, of), (FrenchArticle.The(name), FrenchArticle.Of(name)));
        Assert.Equal($"Vous accompagnez {the}", Texts.French.Coaching.ExpertAssigned(name));
        Assert.Contains($"pour l’accompagnement {of}.", Texts.French.Coaching.EightyPercentReached(name));
    }

    /// <summary>A cohort whose participants gave no museum is not "de 0 institution" (issue 28).</summary>
    [Fact]
    public void ACohortWhoseParticipantsGaveNoInstitutionSaysSo()
    {
        Assert.Equal("1 cohorte, 1 participante ou participant (institution non indiquée)", CardReader.Plain(Texts.French.Reports.CohortsHeadline(1, 1, 0)));
        Assert.Equal("1 cohorte, 3 participantes et participants de 2 institutions", CardReader.Plain(Texts.French.Reports.CohortsHeadline(1, 3, 2)));
        Assert.Equal("2 cohorts, 1 participant (institution not given)", CardReader.Plain(Texts.English.Reports.CohortsHeadline(2, 1, 0)));
    }

    private static void Write(string folder, string name, string lang, params string[] texts) =>
        File.WriteAllText(Path.Combine(folder, name), CardJson.Serialize(new AdaptiveCard { Lang = lang, Body = [.. texts.Select(t => new TextBlock(t))] }));

    private static async Task<(int Exit, string Output)> CheckAsync(string folder)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(Repo.Root, "Tests", "tools", "check-french.mjs"), folder]) { RedirectStandardOutput = true, WorkingDirectory = Repo.Root };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    /// <summary>
    /// Every text a record of texts holds: its strings, and what its functions give for sample arguments (a name, a
    /// count of 0, 1 and 3, each value of an enum, yes and no, a date), down through the feature records it composes.
    /// </summary>
    private static IEnumerable<string> Samples(object? texts)
    {
        if (texts is null) yield break;
        foreach (var property in texts.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(texts);
            switch (value)
            {
                case string s: yield return s; break;
                case Delegate d: foreach (var s in Results(d)) yield return s; break;
                case not null when value.GetType().Namespace?.StartsWith("SmqBot.Cards", StringComparison.Ordinal) == true:
                    foreach (var s in Samples(value)) yield return s;
                    break;
            }
        }
    }

    private static IEnumerable<string> Results(Delegate function)
    {
        var parameters = function.Method.GetParameters();
        IEnumerable<object?[]> calls = [[]];
        foreach (var p in parameters) calls = calls.SelectMany(c => Arguments(p.ParameterType).Select(a => (object?[])[.. c, a])).Take(40);
        foreach (var args in calls)
        {
            object? result;
            try { result = function.DynamicInvoke(args); }
            catch (TargetInvocationException) { continue; }     // a sample the function does not take (a null it refuses)
            if (result is string s) yield return s;
            else foreach (var t in Samples(result)) yield return t;
        }
    }

    private static IEnumerable<object?> Arguments(Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null) return [null, .. Arguments(nullable)];
        if (type == typeof(string)) return ["Médiation culturelle"];
        if (type == typeof(int)) return [0, 1, 3];
        if (type == typeof(double)) return [1.0, 4.5];
        if (type == typeof(bool)) return [true, false];
        if (type == typeof(DateTime)) return [new DateTime(2026, 12, 1, 9, 30, 0)];
        if (type == typeof(DateTimeOffset)) return [new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(-5))];
        if (type == typeof(DateOnly)) return [new DateOnly(2026, 12, 1)];
        if (type.IsEnum) return [.. Enum.GetValues(type).Cast<object?>()];
        return [null];
    }
}
