namespace Brink.Games;
/// <summary>Marks the assembly for reflection-based architecture tests.</summary>
public static class GamesAssembly;
