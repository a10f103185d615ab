using Brink.Model.Prediction;

namespace Brink.Web.Api;

/// <summary>One row of <c>POST /api/inputs</c>: a situation's 0..1 input, by the path <c>/api/whatif</c> takes.</summary>
/// <param name="Key">The what-if path.</param>
/// <param name="Label">What the input is, for the slider.</param>
/// <param name="Value">Its value in the situation.</param>
internal sealed record InputView(string Key, string Label, double Value)
{
    public static InputView Of(SituationInput input) => new(input.Key, input.Label, input.Value);
}
