using System.Text.Json.Serialization;
using Brink.Analysis.Output;
using Brink.Analysis.Sweeps;

namespace Brink.Analysis.Tests.Output;

public partial class JsonOutputTests
{
    /// <summary>A context in the serializer's default style (PascalCase, compact), not Brink's.</summary>
    [JsonSerializable(typeof(SweepAxis))]
    internal sealed partial class DefaultStyleContext : JsonSerializerContext;

    private static readonly SweepAxis Axis = new("state.sanctions", 0, 1, 3);

    [Fact]
    public void Serialize_AnalysisContext_WritesBrinksStyleAsTheReflectionSerializerDid()
    {
        Assert.True(JsonOutput.IsStyle(AnalysisJsonContext.Default.Options));
        var manifest = new SweepManifest("s", new string('a', 64), "p", "1.0.0", [Axis], new SweepOptions(SweepDesign.Grid), 3);
        Assert.Equal(ReflectionJson.InBrinkStyle(manifest), JsonOutput.Serialize(manifest, AnalysisJsonContext.Default.SweepManifest));
    }

    [Fact]
    public void Serialize_ContextInAnotherStyle_Throws()
    {
        Assert.False(JsonOutput.IsStyle(DefaultStyleContext.Default.Options));
        Assert.Throws<ArgumentException>(() => JsonOutput.Serialize(Axis, DefaultStyleContext.Default.SweepAxis));
        Assert.Throws<ArgumentException>(() => JsonOutput.Deserialize("{}", DefaultStyleContext.Default.SweepAxis));
    }

    [Fact]
    public void Deserialize_WhatSerializeWrote_ReadsTheSameManifest()
    {
        var manifest = new SweepManifest("s", new string('a', 64), "p", "1.0.0", [Axis], new SweepOptions(SweepDesign.Grid, Seed: 7), 3);
        var read = JsonOutput.Deserialize(JsonOutput.Serialize(manifest, AnalysisJsonContext.Default.SweepManifest), AnalysisJsonContext.Default.SweepManifest);
        Assert.NotNull(read);
        Assert.True(manifest.SameSweep(read));
        Assert.Equal(manifest.Options, read.Options);
    }
}
