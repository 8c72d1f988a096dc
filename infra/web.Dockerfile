# Web image (@anju/web): the static SPA served by nginx, which also proxies /graphql
# (HTTP and WebSocket) to the API. Build context is the repository root:
#   docker build -f infra/web.Dockerfile -t anju-web .
#
# Runtime configuration (environment of the nginx container):
#   API_UPSTREAM  host:port that /graphql is proxied to. Default api:4000.
#                 compose: lb:80. Kubernetes: api.<namespace>.svc.cluster.local:4000
#                 (a full name: nginx's resolver does not apply DNS search domains).

ARG NODE_IMAGE=node:20-bookworm-slim

# Same first layers as infra/api.Dockerfile (shared build cache). The toolchain is needed
# here too: the workspace install compiles argon2 even though the web app does not use it.
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
RUN npm i -g pnpm@10.34.9
ENV CI=true
WORKDIR /repo
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline
# Builds @anju/domain, then @anju/web (tsc --noEmit && vite build -> apps/web/dist).
RUN pnpm --filter "@anju/web..." build


# nginx >= 1.27.3 is required: web.conf uses `resolve` on upstream servers.
FROM nginx:1.27-alpine AS runtime
# The image's entrypoint renders /etc/nginx/templates/*.template into /etc/nginx/conf.d/,
# substituting only variables set in the environment. NGINX_ENTRYPOINT_LOCAL_RESOLVERS makes
# it export NGINX_LOCAL_RESOLVERS (the nameservers of /etc/resolv.conf) for web.conf.
ENV API_UPSTREAM=api:4000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1
RUN rm -rf /usr/share/nginx/html/* /etc/nginx/conf.d/default.conf
COPY infra/nginx/web.conf /etc/nginx/templates/default.conf.template
COPY --from=build /repo/apps/web/dist /usr/share/nginx/html
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/healthz"]
EXPOSE 80
