# syntax=docker/dockerfile:1
# One image for the server and for its commands: `docker run <image>` serves HTTP on 8080,
# `docker run <image> migrate` applies every module's migrations, `docker run <image> seed` imports data/seed.

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src

# Restore first, from the project files alone, so that a change to the code does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Shared/Eci.Shared.Contracts/Eci.Shared.Contracts.csproj src/Shared/Eci.Shared.Contracts/
COPY src/Shared/Eci.Shared/Eci.Shared.csproj src/Shared/Eci.Shared/
COPY src/Modules/Catalog/Eci.Modules.Catalog.Contracts/Eci.Modules.Catalog.Contracts.csproj src/Modules/Catalog/Eci.Modules.Catalog.Contracts/
COPY src/Modules/Catalog/Eci.Modules.Catalog/Eci.Modules.Catalog.csproj src/Modules/Catalog/Eci.Modules.Catalog/
COPY src/Modules/Customers/Eci.Modules.Customers.Contracts/Eci.Modules.Customers.Contracts.csproj src/Modules/Customers/Eci.Modules.Customers.Contracts/
COPY src/Modules/Customers/Eci.Modules.Customers/Eci.Modules.Customers.csproj src/Modules/Customers/Eci.Modules.Customers/
COPY src/Modules/Inventory/Eci.Modules.Inventory.Contracts/Eci.Modules.Inventory.Contracts.csproj src/Modules/Inventory/Eci.Modules.Inventory.Contracts/
COPY src/Modules/Inventory/Eci.Modules.Inventory/Eci.Modules.Inventory.csproj src/Modules/Inventory/Eci.Modules.Inventory/
COPY src/Modules/Payments/Eci.Modules.Payments.Contracts/Eci.Modules.Payments.Contracts.csproj src/Modules/Payments/Eci.Modules.Payments.Contracts/
COPY src/Modules/Payments/Eci.Modules.Payments/Eci.Modules.Payments.csproj src/Modules/Payments/Eci.Modules.Payments/
COPY src/Modules/Orders/Eci.Modules.Orders.Contracts/Eci.Modules.Orders.Contracts.csproj src/Modules/Orders/Eci.Modules.Orders.Contracts/
COPY src/Modules/Orders/Eci.Modules.Orders/Eci.Modules.Orders.csproj src/Modules/Orders/Eci.Modules.Orders/
COPY src/Modules/Shipping/Eci.Modules.Shipping.Contracts/Eci.Modules.Shipping.Contracts.csproj src/Modules/Shipping/Eci.Modules.Shipping.Contracts/
COPY src/Modules/Shipping/Eci.Modules.Shipping/Eci.Modules.Shipping.csproj src/Modules/Shipping/Eci.Modules.Shipping/
COPY src/Modules/Notifications/Eci.Modules.Notifications.Contracts/Eci.Modules.Notifications.Contracts.csproj src/Modules/Notifications/Eci.Modules.Notifications.Contracts/
COPY src/Modules/Notifications/Eci.Modules.Notifications/Eci.Modules.Notifications.csproj src/Modules/Notifications/Eci.Modules.Notifications/
COPY src/Admin/Eci.Admin/Eci.Admin.csproj src/Admin/Eci.Admin/
COPY src/Host/Eci.Host/Eci.Host.csproj src/Host/Eci.Host/
# Published for one runtime so that the code is precompiled (ReadyToRun).
ARG RUNTIME=linux-x64
RUN dotnet restore src/Host/Eci.Host/Eci.Host.csproj --runtime $RUNTIME

COPY src/ src/
COPY data/seed/ data/seed/
RUN dotnet publish src/Host/Eci.Host/Eci.Host.csproj --configuration Release --no-restore \
    --runtime $RUNTIME --self-contained false --output /app/publish -p:UseAppHost=false
# The start-up's JIT profile, recorded by starting this build on throwaway SQLite databases; every replica replays it
# on its spare core, so that what ReadyToRun cannot hold is compiled before it is needed (ADR 0057).
COPY scripts/record-jit-profile.sh scripts/
RUN bash scripts/record-jit-profile.sh /app/publish /app/publish/jit-profile

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
WORKDIR /app
# glibc gives each thread that allocates under contention an arena of its own (up to 8 per core) and keeps what each one
# grew to; two are enough for the little the runtime and OpenSSL allocate natively, and the peak RSS under load falls by
# about 14 MiB (ADR 0054). The JIT profile recorded above is replayed, never rewritten: every start replays the same one.
# Gen0 is 16 MiB between collections on every CPU: the runtime sizes it from the cache the CPU reports, and a VM that
# reports none gets 6 MiB and collects three times as often (ADR 0060; the cap is in the runtime configuration).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1 \
    MALLOC_ARENA_MAX=2 \
    DOTNET_GCgen0size=0x1000000 \
    ECI_JIT_PROFILE_DIRECTORY=/app/jit-profile \
    DOTNET_MultiCoreJitNoProfileGather=1
COPY --from=build --chown=root:root /app/publish ./
EXPOSE 8080
# The image's non-root "app" user, by number so that Kubernetes' runAsNonRoot can verify it.
USER 1654
# The runtime image has neither curl nor wget; bash is there, and its /dev/tcp is enough for one HTTP request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Eci.Host.dll"]
