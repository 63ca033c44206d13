# The PolicyGraph API and CLI (Neo4j runs in its own container: see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
# In a container, 127.0.0.1 is the container's own loopback, unreachable from the host: listen on the container's
# interfaces and let the published port decide who reaches the API (docker-compose.yml publishes it on the host's
# 127.0.0.1 only; README "With Docker").
ENV API_HOST=0.0.0.0
EXPOSE 4000
USER node
CMD ["node", "bin/policygraph.js", "serve"]
