namespace Brink.Analysis;
/// <summary>Marks the assembly for reflection-based architecture tests.</summary>
public static class AnalysisAssembly;
