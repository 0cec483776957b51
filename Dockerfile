# Build stage: restore and publish with the .NET SDK.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Dopamine.sln ./
COPY src/Dopamine.Content/Dopamine.Content.csproj src/Dopamine.Content/
COPY src/Dopamine.Web/Dopamine.Web.csproj src/Dopamine.Web/
RUN dotnet restore src/Dopamine.Web/Dopamine.Web.csproj --use-current-runtime
COPY src/ src/
# For the build machine's runtime, so the assemblies are compiled ahead of time (ReadyToRun: a faster start).
RUN dotnet publish src/Dopamine.Web/Dopamine.Web.csproj --configuration Release --use-current-runtime --self-contained false \
    --no-restore --output /app

# Runtime stage: the ASP.NET runtime only, the content baked in, running as a non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY content/ ./content/
# Read-only friendly: at run time the process writes nothing but .NET's diagnostic sockets in /tmp, so run it with
# `docker run --read-only --tmpfs /tmp` (tests/bench/read-only.sh simulates that). `docker stop` sends SIGTERM and
# kills after 10 s; the host's graceful shutdown may wait 30 s by default, so it is told to finish within 8.
ENV ASPNETCORE_URLS=http://+:8080 \
    Content__Root=/app/content \
    Content__Watch=false \
    DOTNET_SHUTDOWNTIMEOUTSECONDS=8
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD ["dotnet", "Dopamine.Web.dll", "healthcheck", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "Dopamine.Web.dll"]
