# The GraphQL server for Docker users (docker-compose.yml pairs it with the official Neo4j image).
# It connects to NEO4J_URI, so the image needs no Java: the local-Neo4j path is for machines without Docker.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/start.mjs ./scripts/
COPY src ./src
# Compiled once here (TypeScript is a dev dependency), then the dev packages go.
RUN node scripts/start.mjs --build-only && npm prune --omit=dev --no-audit --no-fund
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema ./schema
# Listen on every interface inside the container; compose publishes the port.
ENV HOST=0.0.0.0 PORT=4000 LOG_PRETTY=false
EXPOSE 4000
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Compiled JavaScript with the heap sized by SERVER_MAX_OLD_SPACE_MB (README, Configuration).
CMD ["node", "scripts/start.mjs"]
