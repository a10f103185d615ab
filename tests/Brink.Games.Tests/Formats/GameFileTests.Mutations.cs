using Brink.Games.Formats;
using Brink.Games.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Formats;

public partial class GameFileTests
{
    [Fact]
    public void Parse_MutatedBundledFiles_OnlyEverThrowLocatedFormatException()
    {
        // kuhn13/kuhn40 are left out only to keep the suite fast; they share kuhn3's structure.
        var files = GameFiles.Names
            .Where(name => new FileInfo(GameFiles.PathOf(name)).Length < 20_000)
            .Select(name => (Name: name, Text: GameFiles.Text(name)))
            .ToArray();
        var cases =
            from file in Gen.Choose(0, files.Length - 1)
            from seed in Gen.Choose(0, int.MaxValue)
            select (File: file, Seed: seed);

        int rejected = 0, accepted = 0;
        Check.One(
            PropertyConfig.WithTests(3000),
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var (name, text) = files[c.File];
                string mutated = Mutations.Apply(text, new Random(c.Seed));
                try
                {
                    GameFile.Parse(mutated, name);
                    accepted++;
                    return true;
                }
                catch (LocatedFormatException error)
                {
                    rejected++;
                    return error.Path == name
                        && error.Line >= 1
                        && error.Column >= 1
                        && error.Message.StartsWith(name + ":", StringComparison.Ordinal)
                        && !error.Message.Contains('\n', StringComparison.Ordinal);
                }
            }));

        // Both outcomes occur, so the mutations neither always break the file nor never do.
        Assert.True(rejected > 1000, $"only {rejected} mutations rejected");
        Assert.True(accepted > 10, $"only {accepted} mutations accepted");
    }
}
