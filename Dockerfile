# Brink as a container: `docker build -t brink:0.9 .` then `docker run --rm brink:0.9 demo`.
# Two stages: the SDK publishes brink as a native linux-x64 executable (Native AOT); the runtime stage holds only that, the
# bundled data and packs, and runs as the image's unprivileged `app` user. The Kubernetes example in
# docs/scaling.md runs this image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Native AOT links with the platform's C toolchain, which the SDK image lacks.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files alone, so a source edit does not re-download packages.
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props global.json ./
COPY src/Brink.Games/Brink.Games.csproj src/Brink.Games/
COPY src/Brink.Model/Brink.Model.csproj src/Brink.Model/
COPY src/Brink.Analysis/Brink.Analysis.csproj src/Brink.Analysis/
COPY src/Brink.Web/Brink.Web.csproj src/Brink.Web/
COPY src/Brink.Cli/Brink.Cli.csproj src/Brink.Cli/
RUN dotnet restore src/Brink.Cli/Brink.Cli.csproj -r linux-x64
COPY src/ src/
COPY data/ data/
COPY packs/ packs/
RUN dotnet publish src/Brink.Cli/Brink.Cli.csproj -c Release -r linux-x64 --no-restore -o /app

# runtime-deps carries the native libraries a native .NET app needs and nothing else; charts need
# fontconfig for SkiaSharp (the text itself comes from the font bundled in the assembly).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends libfontconfig1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The run store and reports go to /work, the only writable folder.
RUN mkdir /work && chown "$APP_UID" /work
WORKDIR /work
USER $APP_UID
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 BRINK_STORE=/work/brink-runs.db
ENTRYPOINT ["/app/brink"]
CMD ["demo"]
