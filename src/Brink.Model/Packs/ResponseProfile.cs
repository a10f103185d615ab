namespace Brink.Model.Packs;

/// <summary>
/// How a response sits on the ladder and which kinds of blow it answers (0 = not at all, 1 = fully), so the
/// deterrence mechanism can judge whether a reply is in kind and in proportion.
/// </summary>
/// <param name="Intensity">Escalation intensity 0..1 (concede 0, major 1).</param>
/// <param name="AnswersMilitary">How far it answers an overt military blow.</param>
/// <param name="AnswersCovert">How far it answers a covert blow (sabotage, unclaimed killing).</param>
/// <param name="AnswersEconomic">How far it answers economic or diplomatic pressure.</param>
/// <param name="AnswersProxy">How far it answers a blow to, or loss of, a partner.</param>
public sealed record ResponseProfile(double Intensity, double AnswersMilitary, double AnswersCovert, double AnswersEconomic, double AnswersProxy);
