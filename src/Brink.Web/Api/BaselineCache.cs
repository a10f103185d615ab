using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Web.Api;

/// <summary>
/// The what-if baselines of recent situation texts. A slider sends the same situation on every move, and its
/// baseline prediction is half the work of a what-if; keeping the last few halves the round trip. Keyed by the
/// text's SHA-256, the pack and the uncertainty options, so a changed text or option is a new entry; bounded, and
/// cleared whole when full (a workbench has one analyst and a handful of open situations).
/// </summary>
internal sealed class BaselineCache
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, PredictionResult> entries = new(StringComparer.Ordinal);

    public PredictionResult Get(string text, Situation situation, ModelPack pack, UncertaintyOptions uncertainty)
    {
        string key = $"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}|{pack.SourcePath}|{pack.Version}|{uncertainty.Draws}|{uncertainty.Seed}";
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, _ => new Predictor(pack).Explain(situation, uncertainty));
    }
}
