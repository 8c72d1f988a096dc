# API image (@anju/api). Build context is the repository root:
#   docker build -f infra/api.Dockerfile -t anju-api .
#
# build:   install the whole workspace, compile @anju/domain and @anju/api (the api build
#          also copies its SQL migrations into dist/), then `pnpm deploy` writes @anju/api
#          with its production dependencies only to /out.
# runtime: /out and nothing else (no compiler, no pnpm, no sources), run as user `node`.
#
# The build stage's first layers are identical to infra/web.Dockerfile so that both images
# share the dependency layers in the build cache.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
# argon2 is a native addon that pnpm compiles with node-gyp during install and deploy.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The pnpm version pinned in package.json#packageManager (corepack fails signature checks).
RUN npm i -g pnpm@10.34.9
# CI=true: pnpm never waits for a prompt (e.g. before purging node_modules).
ENV CI=true
WORKDIR /repo

# Dependencies from the lockfile alone: this layer is rebuilt only when the lockfile changes,
# not on every source edit.
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch

COPY . .
RUN pnpm install --frozen-lockfile --offline
# `@anju/api...` = the api and the workspace packages it depends on (@anju/domain first).
RUN pnpm --filter "@anju/api..." build
# pnpm 10 refuses to deploy from a workspace without inject-workspace-packages=true.
# Turning that setting on changes the lockfile's settings, so the --frozen-lockfile install
# above would fail until the workspace is re-locked for everyone. --legacy keeps the pnpm 9
# deploy, which works with the lockfile as it is: it copies apps/api (including dist/) and
# installs @anju/domain as a real directory (with its built dist/), not a symlink.
RUN pnpm deploy --filter @anju/api --prod --legacy /out


FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
# Owned by root and read-only for `node`: the process cannot modify its own code.
COPY --from=build /out/package.json ./package.json
COPY --from=build /out/node_modules ./node_modules
COPY --from=build /out/dist ./dist
USER node
EXPOSE 4000
# /healthz says the process is up; readiness (/readyz, database reachable) is the
# orchestrator's business (compose depends_on, Kubernetes readinessProbe).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and receives SIGTERM directly; the API drains HTTP and WebSocket on it.
CMD ["node", "dist/main.js"]
