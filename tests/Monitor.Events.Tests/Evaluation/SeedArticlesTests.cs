using System.Runtime.CompilerServices;
using Monitor.Classify;
using Monitor.Evaluation;
using Monitor.Evaluation.Corpus;

namespace Monitor.Events.Tests.Evaluation;

/// <summary>
/// The five articles the product was conceived from, read where the project keeps its shared material
/// (<c>../shared/eval/seeds.jsonl</c> beside the repository; their text is not copied into it).
/// </summary>
public sealed class SeedArticlesTests
{
    /// <summary>The seeds beside the repository, or null where a checkout has no shared folder beside it.</summary>
    internal static readonly string? Seeds = FindSeeds();

    private static readonly Taxonomy Taxonomy = Taxonomy.LoadDefault();

    [SeedsFact]
    public async Task Seeds_001_And_002_Merge_Into_One_Event_And_The_Opinion_Piece_Forms_None()
    {
        var report = await new CorpusEvaluator(new ArticleClassifier(Taxonomy), Taxonomy).EvaluateFileAsync(Seeds!);
        var byId = report.Articles.ToDictionary(a => a.Id);

        Assert.All(report.Articles, a => Assert.True(a.PredictedRelevant, $"seed {a.Id} is relevant"));
        Assert.NotNull(byId["001"].PredictedEventId);
        Assert.Equal(byId["001"].PredictedEventId, byId["002"].PredictedEventId);
        Assert.NotEqual(byId["000"].PredictedEventId, byId["002"].PredictedEventId);
        Assert.True(byId["004"].PredictedOpinion);
        Assert.Null(byId["004"].PredictedEventId);
        Assert.Equal(1.0, report.Clustering.F1);
    }

    [SeedsFact]
    public async Task The_Agency_Head_Spelled_Two_Ways_In_Seeds_000_And_002_Has_One_Key()
    {
        var seeds = (await CorpusReader.ReadFileAsync(Seeds!)).ToDictionary(a => a.Id);
        var classifier = new ArticleClassifier(Taxonomy);

        var visit = classifier.Classify(new ClassifyRequest(seeds["000"].Title, seeds["000"].Text!));
        var signing = classifier.Classify(new ClassifyRequest(seeds["002"].Title, seeds["002"].Text!));

        var inVisit = Assert.Single(visit.People, p => p.Name.Contains("Almabrok", StringComparison.Ordinal));
        var inSigning = Assert.Single(signing.People, p => p.Name.Contains("Mabrouk", StringComparison.Ordinal));
        Assert.Equal(inVisit.Key, inSigning.Key);
    }

    private static string? FindSeeds([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new FileInfo(sourceFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Monitor.sln")))
            {
                var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "seeds.jsonl"));
                return File.Exists(seeds) ? seeds : null;
            }
        }

        return null;
    }
}

/// <summary>Runs where the shared seeds are beside the repository (CI, developers' machines); reported as skipped elsewhere.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (SeedArticlesTests.Seeds is null)
        {
            Skip = "../shared/eval/seeds.jsonl is not beside this checkout.";
        }
    }
}
