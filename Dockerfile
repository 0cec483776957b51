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
ENV ASPNETCORE_URLS=http://+:8080 \
    Content__Root=/app/content \
    Content__Watch=false
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD ["dotnet", "Dopamine.Web.dll", "healthcheck", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "Dopamine.Web.dll"]
