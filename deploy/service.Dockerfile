# Any of the four services as a container: its packaged Quarkus app on a Java 17 runtime. One file
# for all four; the build context is the service's module and PORT the port it listens on
# (docker-compose.yml passes both). By hand, after ./mvnw -DskipTests package:
#   docker build -f deploy/service.Dockerfile --build-arg PORT=8081 -t planprogress/plans-service plans-service
FROM eclipse-temurin:17-jre
ARG PORT
RUN test -n "$PORT" || { echo "Pass the service's port: --build-arg PORT=808x" >&2; exit 1; }
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 185 --home /deployments app
WORKDIR /deployments
COPY --chown=185 target/quarkus-app/lib/ lib/
COPY --chown=185 target/quarkus-app/*.jar ./
COPY --chown=185 target/quarkus-app/app/ app/
COPY --chown=185 target/quarkus-app/quarkus/ quarkus/
USER 185
ENV PORT=${PORT} JAVA_OPTS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT}/q/health/ready" || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
