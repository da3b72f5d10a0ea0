# syntax=docker/dockerfile:1
# Production image: the built server and client, the server's production dependencies only, run as a non-root user.
# The client's dependencies (React, Mantine, monaco-editor…), dev tools, the embedded PostgreSQL and pino-pretty stay
# in the build stages: production runs against DATABASE_URL and logs JSON.

# 1. Build the client and the server with every dependency.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. The server's production dependencies, nothing else (npm resolves them from the same lock file).
FROM node:20-bookworm-slim AS server-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --omit=dev --workspace server --include-workspace-root=false --no-audit --no-fund \
  && mkdir -p server/node_modules \
  && npm cache clean --force

# 3. What runs: Node, the compiled server, the client's static files.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=server-dependencies /app/node_modules node_modules
COPY --from=server-dependencies /app/server/node_modules server/node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
# Files belong to root and are read-only for the process: a compromised server cannot rewrite its own code.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server/dist/src/main.js"]
