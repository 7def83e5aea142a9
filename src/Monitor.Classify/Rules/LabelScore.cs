namespace Monitor.Classify.Rules;

/// <summary>A label's accumulated score and the sentences that contributed most.</summary>
internal sealed class LabelScore(string id)
{
    private const int MaxEvidence = 3;

    public string Id { get; } = id;

    public double Score { get; private set; }

    public List<(int Sentence, double Weight)> Sentences { get; } = [];

    public void Add(int sentence, double weight)
    {
        if (weight <= 0)
        {
            return;
        }

        Score += weight;
        var existing = Sentences.FindIndex(p => p.Sentence == sentence);
        if (existing >= 0)
        {
            Sentences[existing] = (sentence, Sentences[existing].Weight + weight);
            return;
        }

        Sentences.Add((sentence, weight));
    }

    public IEnumerable<int> BestSentences() =>
        Sentences.OrderByDescending(p => p.Weight).ThenBy(p => p.Sentence).Take(MaxEvidence).Select(p => p.Sentence);
}
