# Threshold in a container: the build stage installs everything and compiles the web app and the
# server (npm run build); the runtime stage holds only the compiled output and the production
# dependencies, and runs as the unprivileged `node` user. See README.md, "Running with Docker".

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary, or compiles one when none fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json vite.config.ts ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=sqlite:/data/threshold.sqlite \
    PATH=/app/bin:$PATH
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
# Only /data (the SQLite database, when DATABASE_URL is not PostgreSQL) is writable by the server.
RUN mkdir /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `docker stop` sends SIGTERM to node itself (PID 1, no shell in between): the server finishes
# in-flight requests, stops the scheduler and closes the database before it exits.
CMD ["node", "--max-semi-space-size=1", "--max-old-space-size=512", "dist/cli/main.js", "serve"]
