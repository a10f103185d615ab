using FsCheck;
using Microsoft.FSharp.Core;

namespace Brink.Games.Tests.Formats;

/// <summary>FsCheck settings for the format properties: a fixed seed, so every run checks the same cases.</summary>
internal static class PropertyConfig
{
    public static Config WithTests(int count) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(count)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261125UL, 7UL), FSharpOption<int>.None)));
}
