# Byline for PostgreSQL: built with the Maven wrapper, run on a slim JRE as a non-root user.
#   docker build -t byline .
#   docker run -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/byline \
#     -e QUARKUS_DATASOURCE_USERNAME=byline -e QUARKUS_DATASOURCE_PASSWORD=... byline

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Dependencies first, so that source changes reuse this layer.
RUN ./mvnw -B -q -Ppostgres dependency:go-offline || true
COPY src src
COPY openapi.yaml ./
RUN ./mvnw -B -Ppostgres package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system byline && useradd --system --gid byline --uid 10001 --home-dir /app byline
WORKDIR /app
COPY --from=build --chown=byline:byline /build/target/quarkus-app/ /app/
USER 10001
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
