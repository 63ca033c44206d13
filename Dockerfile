# The PolicyGraph API and CLI (Neo4j runs in its own container: see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV API_HOST=0.0.0.0
EXPOSE 4000
CMD ["node", "bin/policygraph.js", "serve"]
