package news.byline.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import news.byline.article.editorial.ArticleState;
import news.byline.domain.Actor;
import news.byline.image.ExternalImageInput;
import news.byline.image.Image;
import news.byline.image.ImageService;
import news.byline.popularity.PopularityService;
import news.byline.section.Section;
import news.byline.transfer.ImportReport;
import news.byline.transfer.ImportService;
import news.byline.transfer.TransferLine;
import org.jboss.logging.Logger;

/**
 * Loads the sample content once: the seed page's stories and generated filler, kept as an import file
 * ({@value #CONTENT}, as GET /export writes one) and loaded through the import path, so it is validated,
 * revisioned and evented like any import. Pictures the file names by a path under sample/ rather than a URL
 * are uploaded, as an editor would, under the ids its stories use. The file's times are moved forward so
 * that its newest story was published a quarter of an hour before the load. If the News section exists the
 * database already has content and nothing is written.
 */
@ApplicationScoped
public class SampleContentLoader {
    private static final Logger LOG = Logger.getLogger(SampleContentLoader.class);
    static final String CONTENT = "sample/sample-content.ndjson";
    private static final String MOST_READ = "sample/most-read.txt";
    private static final Actor SAMPLE_CONTENT = Actor.system("sample-content");
    private static final Duration NEWEST_STORY_AGE = Duration.ofMinutes(15);
    private static final List<String> LIVE_TIMES = List.of("publishedAt", "coverageStartTime", "coverageEndTime");

    private final ImportService imports;
    private final ImageService images;
    private final PopularityService popularity;
    private final ObjectMapper json;

    public SampleContentLoader(ImportService imports, ImageService images, PopularityService popularity, ObjectMapper json) {
        this.imports = imports;
        this.images = images;
        this.popularity = popularity;
        this.json = json;
    }

    public boolean loadOnce() {
        if (QuarkusTransaction.requiringNew().call(() -> Section.count("path", "news") > 0)) {
            return false;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<TransferLine> lines = read();
        Duration shift = shiftFor(lines, now);
        StringBuilder imported = new StringBuilder();
        for (TransferLine line : lines) {
            if (isSamplePicture(line)) {
                upload(line);
            } else {
                imported.append(write(shifted(line, shift))).append('\n');
            }
        }
        ImportReport report = imports.run(new ByteArrayInputStream(imported.toString().getBytes(StandardCharsets.UTF_8)), SAMPLE_CONTENT);
        if (!report.completed() || !report.rejected().isEmpty()) {
            throw new IllegalStateException(CONTENT + " did not import whole: " + report.rejected());
        }
        QuarkusTransaction.requiringNew().run(() -> seedViews(now));
        LOG.infof("Loaded sample content: %d created, %d pictures uploaded", report.created(), lines.size() - report.lines());
        return true;
    }

    /** The seed's Most Read ranking as target view counts for the last 24 hours, first to last. */
    public List<Map.Entry<String, Long>> mostReadTargets() {
        List<String> ranking = resource(MOST_READ).lines().filter(line -> !line.isBlank()).toList();
        List<Map.Entry<String, Long>> targets = new ArrayList<>();
        for (int rank = 0; rank < ranking.size(); rank++) {
            targets.add(Map.entry(ranking.get(rank), 12_000L - rank * 900L));
        }
        return targets;
    }

    private List<TransferLine> read() {
        List<TransferLine> lines = new ArrayList<>();
        for (String text : resource(CONTENT).lines().filter(line -> !line.isBlank()).toList()) {
            try {
                lines.add(json.readValue(text, TransferLine.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(CONTENT + " has a line that is not a transfer line: " + text, e);
            }
        }
        return lines;
    }

    private String write(TransferLine line) {
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How far the file's times move: its newest publication becomes {@link #NEWEST_STORY_AGE} before now. */
    private static Duration shiftFor(List<TransferLine> lines, Instant now) {
        return lines.stream().map(TransferLine::state).filter(Objects::nonNull).map(ArticleState::publishedAt)
                .filter(Objects::nonNull).max(Instant::compareTo)
                .map(newest -> Duration.between(newest, now.minus(NEWEST_STORY_AGE))).orElse(Duration.ZERO);
    }

    private static TransferLine shifted(TransferLine line, Duration shift) {
        ArticleState state = line.state();
        if (state == null) {
            return new TransferLine(line.kind(), line.id(), shiftedTimes(line.data(), shift), null);
        }
        return new TransferLine(line.kind(), line.id(), line.data(), new ArticleState(state.status(),
                plus(state.publishedAt(), shift), plus(state.firstPublishedAt(), shift), plus(state.publishAt(), shift)));
    }

    /** A live post's publication time and a live page's coverage times move with the stories. */
    private static JsonNode shiftedTimes(JsonNode data, Duration shift) {
        ObjectNode moved = data.deepCopy();
        for (String field : LIVE_TIMES) {
            if (moved.hasNonNull(field)) {
                moved.put(field, plus(Instant.parse(moved.get(field).asText()), shift).toString());
            }
        }
        return moved;
    }

    private static Instant plus(Instant time, Duration shift) {
        return time == null ? null : time.plus(shift);
    }

    /** An image line whose url is a path under sample/: a picture Byline stores itself. */
    private static boolean isSamplePicture(TransferLine line) {
        String url = line.data().path("url").asText("");
        return TransferLine.Kind.IMAGE.apiName().equals(line.kind()) && !url.startsWith("http");
    }

    /** Uploads the picture under the line's id, unless an earlier, interrupted load did. */
    private void upload(TransferLine line) {
        UUID id = line.id();
        if (QuarkusTransaction.requiringNew().call(() -> Image.findById(id) != null)) {
            return;
        }
        String file = "sample/" + line.data().get("url").asText();
        try (InputStream in = classPath(file)) {
            Path copy = Files.createTempFile("byline-sample", ".upload");
            try {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                images.upload(id, copy, json.treeToValue(line.data(), ExternalImageInput.class).metadata(), SAMPLE_CONTENT);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot upload the sample picture " + file, e);
        }
    }

    /** Most Read as on the page, plus lighter traffic on other recent stories so that lists look alive. */
    private void seedViews(Instant now) {
        List<String> ranked = new ArrayList<>();
        for (Map.Entry<String, Long> target : mostReadTargets()) {
            Article article = Article.find("slug", target.getKey()).firstResult();
            if (article == null) {
                throw new IllegalStateException(MOST_READ + " names a story the sample does not have: " + target.getKey());
            }
            popularity.addViews(article.id, now, target.getValue());
            ranked.add(article.slug);
        }
        List<Article> recent = Article.list("status = ?1 and publishedAt > ?2 order by publishedAt desc, id",
                ArticleStatus.PUBLISHED, now.minus(Duration.ofDays(3)));
        for (int i = 0; i < recent.size(); i++) {
            if (!ranked.contains(recent.get(i).slug)) {
                popularity.addViews(recent.get(i).id, now.minus(Duration.ofHours(i % 20)), 100 + (i * 37L) % 900);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = classPath(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static InputStream classPath(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return in;
    }
}
