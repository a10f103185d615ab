using System.Runtime.CompilerServices;

// The model's tests check the compiled game and the QRE seam directly.
[assembly: InternalsVisibleTo("Brink.Model.Tests")]
[assembly: InternalsVisibleTo("Brink.Bench")]
