using System.Reflection;

namespace Brink.Analysis.Reports;

/// <summary>
/// The bundled DejaVu Sans (Bitstream Vera licence, Fonts/DejaVuSans-LICENSE.txt), registered with ScottPlot
/// once per process: without a font it can measure, ScottPlot silently drops every label on machines that have
/// no system fonts. The resource is copied to a temporary file because ScottPlot loads fonts from paths.
/// </summary>
public static class ChartFont
{
    /// <summary>The family name charts use.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<string> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the font (idempotent, thread-safe) and returns its family name.</summary>
    public static string Ensure() => Registered.Value;

    private static string Register()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("Brink.Analysis.Reports.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The bundled chart font is missing from Brink.Analysis.");
        string directory = Path.Combine(Path.GetTempPath(), "brink-fonts");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, $"DejaVuSans-{resource.Length}.ttf");
        if (!File.Exists(path) || new FileInfo(path).Length != resource.Length)
        {
            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var file = File.Create(temporary))
            {
                resource.CopyTo(file);
            }

            File.Move(temporary, path, overwrite: true);
        }

        ScottPlot.Fonts.AddFontFile(Family, path, bold: false, italic: false);
        return Family;
    }
}
