# syntax=docker/dockerfile:1
# Tillit's container image: `docker build -t tillit .`, then
#   docker run -p 3978:3978 --env-file tillit.env tillit            (tillit serve)
# Production settings (MICROSOFT_APP_*, DATABASE_URL, TILLIT_MASTER_KEY, …) come
# from the environment; see README "Driftsätta". infra/main.bicep runs it in Azure
# Container Apps. scripts/check-docker-build-stage.sh replays the build stage's
# RUN lines on a machine without Docker.

# --- build: all dependencies, TypeScript compiled, then dev dependencies pruned.
# The full Debian image has python3, make and g++ in case better-sqlite3 has
# to be compiled because no prebuilt binary can be fetched.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm rebuild --no-audit --no-fund && npm run build
RUN npm prune --omit=dev --no-audit --no-fund && node dist/cli/tillit.js --help > /dev/null

# --- runtime: production dependencies and compiled code only, as a non-root user.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV PORT=3978 \
    HOST=0.0.0.0
# Owned by root and read-only for the process; only data/ (the SQLite file and
# master key when no DATABASE_URL/TILLIT_MASTER_KEY is given) is writable.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/examples ./examples
RUN mkdir -p /app/data && chown 1000:1000 /app/data
# 1000 is the image's unprivileged "node" user (numeric, so runAsNonRoot can check it).
USER 1000:1000
EXPOSE 3978
# Liveness: the process answers. Container Apps uses its own probes
# (/livez, /readyz in infra/main.bicep); this is for docker and compose.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/livez').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/cli/tillit.js"]
CMD ["serve"]
