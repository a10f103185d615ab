using System.Collections.Immutable;
using Brink.Model.Parallelism;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Analysis.Fitting;

/// <summary>
/// Maximum a posteriori estimation of a model's free parameters from cases with outcomes, with standard errors
/// from the Hessian, a likelihood profile per parameter, and k-fold and leave-one-out cross-validation. Work is
/// spread over cores, with every result written to its own slot, so results are identical at any thread count.
/// </summary>
public static class Fitter
{
    private const double Tolerance = 1e-6;

    /// <summary>Evaluation budget of each cross-validation refit, which starts at the full-data estimate.</summary>
    private const int CrossValidationEvaluations = 800;

    /// <summary>Fits <paramref name="model"/> to <paramref name="cases"/>; every case needs an outcome.</summary>
    public static FitResult Fit(IResponseModel model, IReadOnlyList<Situation> cases, FitOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (cases.Count == 0 || cases.Any(c => c.Outcome is null))
        {
            throw new ArgumentException("Fitting needs at least one case, each with an outcome.", nameof(cases));
        }

        var posterior = new Posterior(model, cases);
        var start = model.Parameters.Select(p => p.Default).ToArray();
        progress?.Report("maximising the posterior");
        var (estimate, _, evaluations) = Optimise(posterior, start, options.MaxEvaluations);
        progress?.Report("standard errors and profiles");
        var covariance = Covariance(posterior, estimate);
        var errors = Enumerable.Range(0, estimate.Length).Select(i => Math.Sqrt(covariance[i, i])).ToArray();
        var profiles = Profiles(posterior, estimate, errors, options);
        var parameters = model.Parameters.Select((p, i) => new ParameterEstimate(
            p.Name, p.Default, p.PriorScale, estimate[i], errors[i], p.Lower, p.Upper, profiles[i])).ToImmutableArray();
        var inSample = cases.Select((c, i) => new HeldOutPrediction(i, 0, model.Predict(c, estimate).Probabilities)).ToImmutableArray();
        progress?.Report($"{Math.Min(options.Folds, cases.Count)}-fold cross-validation");
        var kFold = CrossValidate(model, cases, Folds(cases.Count, options), estimate, options);
        var leaveOneOut = ImmutableArray<HeldOutPrediction>.Empty;
        if (options.LeaveOneOut)
        {
            progress?.Report("leave-one-out cross-validation");
            leaveOneOut = LeaveOneOut(model, cases, estimate, options);
        }

        return new FitResult(
            parameters, posterior.NegativeLogLikelihood(estimate), posterior.NegativeLogPrior(estimate), evaluations, inSample, kFold, leaveOneOut)
        {
            Covariance = [.. Enumerable.Range(0, estimate.Length).Select(i => Enumerable.Range(0, estimate.Length).Select(j => covariance[i, j]).ToImmutableArray())],
        };
    }

    /// <summary>
    /// The maximum a posteriori estimate and each case predicted leave-one-out (refitted without it, warm-started at
    /// the estimate), without standard errors, profiles or k-fold: what an ablation study needs per model.
    /// </summary>
    public static (ImmutableArray<double> Estimate, ImmutableArray<HeldOutPrediction> LeaveOneOut) EstimateAndLeaveOneOut(
        IResponseModel model, IReadOnlyList<Situation> cases, FitOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var posterior = new Posterior(model, cases);
        var (estimate, _, _) = Optimise(posterior, [.. model.Parameters.Select(p => p.Default)], options.MaxEvaluations);
        return ([.. estimate], LeaveOneOut(model, cases, estimate, options));
    }

    /// <summary>
    /// Each case predicted by the model refitted on all the other cases: the fit's own leave-one-out, warm-started
    /// at <paramref name="estimate"/> (the full-data estimate) with a capped budget. Backtests use it to score the
    /// cases a pack was fitted on. <paramref name="progress"/> hears the number of refits done so far; a cancelled
    /// <paramref name="cancellationToken"/> starts no further refit and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static ImmutableArray<HeldOutPrediction> LeaveOneOut(
        IResponseModel model, IReadOnlyList<Situation> cases, IReadOnlyList<double> estimate, FitOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (estimate.Count != model.Parameters.Length)
        {
            throw new ArgumentException($"Expected {model.Parameters.Length} values, got {estimate.Count}.", nameof(estimate));
        }

        if (cases.Any(c => c.Outcome is null))
        {
            throw new ArgumentException("Every case needs an outcome.", nameof(cases));
        }

        return cases.Count == 0 ? [] : CrossValidate(model, cases, [.. Enumerable.Range(0, cases.Count)], [.. estimate], options, progress, cancellationToken);
    }

    /// <summary>Fold of each case: a seeded shuffle dealt round-robin, so folds differ in size by at most one.</summary>
    public static int[] Folds(int count, FitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int k = Math.Min(options.Folds, count);
        var order = Enumerable.Range(0, count).ToArray();
        ulong state = options.Seed;
        for (int i = count - 1; i > 0; i--)
        {
            int j = (int)(SplitMix64.Next(ref state) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        var folds = new int[count];
        for (int position = 0; position < count; position++)
        {
            folds[order[position]] = position % k;
        }

        return folds;
    }

    private static (double[] Estimate, double Value, int Evaluations) Optimise(
        Posterior posterior, double[] start, int maxEvaluations, int fixedIndex = -1, double reach = 1)
    {
        var parameters = posterior.Model.Parameters;
        var lower = parameters.Select(p => p.Lower).ToArray();
        var upper = parameters.Select(p => p.Upper).ToArray();
        var scale = parameters.Select(p => reach * Math.Min(p.PriorScale, (p.Upper - p.Lower) / 4)).ToArray();
        if (fixedIndex >= 0)
        {
            lower[fixedIndex] = upper[fixedIndex] = start[fixedIndex];
            scale[fixedIndex] = 1e-12;
        }

        var (minimum, value, evaluations) = NelderMead.Minimize(
            x => posterior.NegativeLogPosterior(x), start, scale, lower, upper, maxEvaluations, Tolerance);

        // One restart from the answer: Nelder–Mead can stall on a collapsed simplex.
        var (again, valueAgain, more) = NelderMead.Minimize(
            x => posterior.NegativeLogPosterior(x), minimum, [.. scale.Select(s => s / 4)], lower, upper, Math.Max(10, maxEvaluations / 3), Tolerance);
        return valueAgain <= value ? (again, valueAgain, evaluations + more) : (minimum, value, evaluations + more);
    }

    private static double[,] Covariance(Posterior posterior, double[] estimate)
    {
        var parameters = posterior.Model.Parameters;
        // Small against both the prior and the range, and never across a bound.
        var steps = parameters.Select((p, i) => Math.Max(1e-6, Math.Min(
            Math.Min(0.01 * p.PriorScale, 0.002 * (p.Upper - p.Lower)),
            0.5 * Math.Min(estimate[i] - p.Lower, p.Upper - estimate[i])))).ToArray();
        var hessian = Hessian.Compute(x => posterior.NegativeLogPosterior(x), estimate, steps);
        return Hessian.Covariance(hessian, [.. parameters.Select(p => p.PriorScale)]);
    }

    private static ImmutableArray<ProfilePoint>[] Profiles(Posterior posterior, double[] estimate, double[] errors, FitOptions options)
    {
        var parameters = posterior.Model.Parameters;
        var result = new ImmutableArray<ProfilePoint>[parameters.Length];
        int half = options.ProfilePoints / 2;
        var work = Enumerable.Range(0, parameters.Length).SelectMany(i => Enumerable.Range(-half, (2 * half) + 1).Select(k => (i, k))).ToArray();
        var points = new ProfilePoint[work.Length];
        Parallel.For(0, work.Length, Workers.Options(options.MaxDegreeOfParallelism), w =>
        {
            var (i, k) = work[w];
            var p = parameters[i];
            double width = double.IsFinite(errors[i]) ? 2.5 * errors[i] : p.PriorScale;
            double value = Math.Clamp(estimate[i] + (width * k / half), p.Lower, p.Upper);
            var start = (double[])estimate.Clone();
            start[i] = value;
            var (x, v, _) = Optimise(posterior, start, Math.Min(250, options.MaxEvaluations), fixedIndex: i, reach: 0.25);
            points[w] = new ProfilePoint(value, v, posterior.NegativeLogLikelihood(x));
        });
        for (int i = 0; i < parameters.Length; i++)
        {
            result[i] = [.. points.Skip(i * ((2 * half) + 1)).Take((2 * half) + 1)];
        }

        return result;
    }

    private static ImmutableArray<HeldOutPrediction> CrossValidate(
        IResponseModel model, IReadOnlyList<Situation> cases, int[] folds, double[] warmStart, FitOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        int foldCount = folds.Max() + 1;
        var predictions = new HeldOutPrediction[cases.Count];
        int done = 0;
        Parallel.For(0, foldCount, Workers.Options(options.MaxDegreeOfParallelism, cancellationToken), fold =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var training = cases.Where((_, i) => folds[i] != fold).ToList();
            var posterior = new Posterior(model, training);
            // Warm start at the full-data estimate with a smaller simplex: one case or fold moves the optimum little.
            var (estimate, _, _) = Optimise(posterior, (double[])warmStart.Clone(), Math.Min(options.MaxEvaluations, CrossValidationEvaluations), reach: 0.25);
            for (int i = 0; i < cases.Count; i++)
            {
                if (folds[i] == fold)
                {
                    predictions[i] = new HeldOutPrediction(i, fold, model.Predict(cases[i] with { Outcome = null }, estimate).Probabilities);
                }
            }

            progress?.Report(Interlocked.Increment(ref done));
        });
        return [.. predictions];
    }
}
