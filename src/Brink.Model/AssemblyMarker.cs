namespace Brink.Model;
/// <summary>Marks the assembly for reflection-based architecture tests.</summary>
public static class ModelAssembly;
