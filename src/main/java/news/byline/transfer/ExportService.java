package news.byline.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import news.byline.article.Article;
import news.byline.article.editorial.ArticleAssembler;
import news.byline.article.editorial.ArticleState;
import news.byline.author.Author;
import news.byline.author.AuthorInput;
import news.byline.collection.CollectionInput;
import news.byline.collection.CuratedList;
import news.byline.image.ExternalImageInput;
import news.byline.image.Image;
import news.byline.live.LivePageInput;
import news.byline.live.LivePost;
import news.byline.live.LivePostImport;
import news.byline.live.LiveTransfer;
import news.byline.section.Section;
import news.byline.section.SectionInput;
import news.byline.topic.Topic;
import news.byline.topic.TopicInput;
import org.hibernate.Session;

/**
 * Writes all content as NDJSON, streamed a page at a time, in an order that lets an import resolve every
 * reference: images, sections parents first, topics, authors, articles, collections. The whole export reads
 * one snapshot (one repeatable-read transaction): what is written meanwhile is in it entirely or not at all,
 * and no row is skipped or written twice.
 */
@ApplicationScoped
public class ExportService {
    private static final int PAGE = 500;
    /** Long enough for a large archive to a slow client; the snapshot is released when it ends. */
    private static final int EXPORT_TIMEOUT_SECONDS = 3600;

    private final ObjectMapper json;
    private final ArticleAssembler assembler;
    private final LiveTransfer live;

    public ExportService(ObjectMapper json, ArticleAssembler assembler, LiveTransfer live) {
        this.live = live;
        this.json = json;
        this.assembler = assembler;
    }

    /** Writes every entity to the stream, from one snapshot of the database. */
    public void export(OutputStream output) {
        QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).call(() -> {
            Article.getEntityManager().unwrap(Session.class).doWork(ExportService::readOneSnapshot);
            writeAll(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
            return null;
        });
    }

    /**
     * PostgreSQL's repeatable read is a snapshot of the whole database; H2's is not (rows not yet read may
     * change), its serializable is.
     */
    private static void readOneSnapshot(Connection connection) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        connection.setTransactionIsolation(h2 ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ);
    }

    private void writeAll(Writer writer) throws IOException {
        writePages(writer, Image.class, "", image -> image.id,
                images -> lines(images, image -> line(TransferLine.Kind.IMAGE, image.id, ExternalImageInput.of(image), null)));
        writeSections(writer);
        writePages(writer, Topic.class, "", topic -> topic.id,
                topics -> lines(topics, topic -> line(TransferLine.Kind.TOPIC, topic.id, TopicInput.of(topic), null)));
        writePages(writer, Author.class, "", author -> author.id,
                authors -> lines(authors, author -> line(TransferLine.Kind.AUTHOR, author.id, AuthorInput.of(author), null)));
        writePages(writer, Article.class, "left join fetch e.section left join fetch e.leadImage", article -> article.id,
                this::articleLines);
        writePages(writer, LivePost.class, "join fetch e.page", post -> post.id, this::livePostLines);
        writePages(writer, CuratedList.class, "", collection -> collection.id, collections -> lines(collections,
                collection -> line(TransferLine.Kind.COLLECTION, collection.id, CollectionInput.of(collection), null)));
        writer.flush();
    }

    /**
     * Writes every entity of a kind, a page at a time in id order: a keyset (after the last id written) rather
     * than an offset, so a page costs the same at the end as at the start, and what a page loaded is let go
     * before the next. {@code fetches} joins the to-one links each line needs; collections come in batches
     * (batch fetching).
     */
    private <E> void writePages(Writer writer, Class<E> entity, String fetches, Function<E, UUID> idOf,
                                Function<List<E>, List<String>> toLines) throws IOException {
        UUID after = null;
        while (true) {
            UUID from = after;
            TypedQuery<E> query = Article.getEntityManager().createQuery("select e from " + entity.getSimpleName()
                    + " e " + fetches + (from == null ? "" : " where e.id > :after") + " order by e.id", entity);
            if (from != null) {
                query.setParameter("after", from);
            }
            List<E> entities = query.setMaxResults(PAGE).getResultList();
            Page page = new Page(toLines.apply(entities), entities.size(),
                    entities.isEmpty() ? null : idOf.apply(entities.get(entities.size() - 1)));
            Article.getEntityManager().clear();
            for (String line : page.lines()) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
            if (page.read() < PAGE) {
                return;
            }
            after = page.last();
        }
    }

    /** Lines of a page of articles, their bodies read in one statement (the body is lazy). */
    private List<String> articleLines(List<Article> articles) {
        Map<UUID, String> bodies = new HashMap<>();
        if (!articles.isEmpty()) {
            Article.getEntityManager().createQuery("select a.id, a.body from Article a where a.id in :ids", Object[].class)
                    .setParameter("ids", articles.stream().map(a -> a.id).toList()).getResultList()
                    .forEach(row -> bodies.put((UUID) row[0], (String) row[1]));
        }
        List<String> lines = new ArrayList<>();
        for (Article article : articles) {
            lines.add(line(TransferLine.Kind.ARTICLE, article.id, assembler.input(article, bodies.get(article.id)), ArticleState.of(article)));
            LivePageInput coverage = live.pageLine(article);
            if (coverage != null) { // after its story, which an import writes first
                lines.add(line(TransferLine.Kind.LIVE_PAGE, article.id, coverage, null));
            }
        }
        return lines;
    }

    /** Lines of a page of live posts; tombstones have nothing to import. */
    private List<String> livePostLines(List<LivePost> posts) {
        return posts.stream().map(post -> {
            LivePostImport line = live.postLine(post);
            return line == null ? null : line(TransferLine.Kind.LIVE_POST, post.id, line, null);
        }).filter(Objects::nonNull).toList();
    }

    private static <E> List<String> lines(List<E> entities, Function<E, String> toLine) {
        return entities.stream().map(toLine).toList();
    }

    /** The lines of a page, how many entities it read, and the id of its last, where the next page starts. */
    private record Page(List<String> lines, int read, UUID last) {
    }

    /** Sections are few: all at once, parents before children and siblings in navigation order. */
    private void writeSections(Writer writer) throws IOException {
        List<String> lines = Section.<Section>listAll().stream()
                .sorted(Comparator.<Section>comparingInt(s -> s.path.split("/").length).thenComparingInt(s -> s.position)
                        .thenComparing(s -> s.path))
                .map(s -> line(TransferLine.Kind.SECTION, s.id, SectionInput.of(s), null))
                .toList();
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }

    private String line(TransferLine.Kind kind, UUID id, Object data, ArticleState state) {
        try {
            return json.writeValueAsString(new TransferLine(kind.apiName(), id, json.valueToTree(data), state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
