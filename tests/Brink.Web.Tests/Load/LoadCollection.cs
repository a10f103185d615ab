namespace Brink.Web.Tests.Load;

/// <summary>Load tests run alone: measured beside the browser tests, they would time the browser too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}
