package news.byline.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import news.byline.article.editorial.ArticleAssembler;
import news.byline.article.editorial.ArticleState;
import news.byline.author.Author;
import news.byline.author.AuthorInput;
import news.byline.collection.Collection;
import news.byline.collection.CollectionInput;
import news.byline.image.ExternalImageInput;
import news.byline.image.Image;
import news.byline.section.Section;
import news.byline.section.SectionInput;
import news.byline.topic.Topic;
import news.byline.topic.TopicInput;

/**
 * Writes all content as NDJSON, streamed a page at a time (each page read in its own short transaction), in
 * an order that lets an import resolve every reference: images, sections parents first, topics, authors,
 * articles, collections.
 */
@ApplicationScoped
public class ExportService {
    private static final int PAGE = 500;

    private final ObjectMapper json;
    private final ArticleAssembler assembler;

    public ExportService(ObjectMapper json, ArticleAssembler assembler) {
        this.json = json;
        this.assembler = assembler;
    }

    public StreamingOutput export() {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writePages(writer, Image.class, image -> line(TransferLine.Kind.IMAGE, image.id, ExternalImageInput.of(image), null));
            writeSections(writer);
            writePages(writer, Topic.class, topic -> line(TransferLine.Kind.TOPIC, topic.id, TopicInput.of(topic), null));
            writePages(writer, Author.class, author -> line(TransferLine.Kind.AUTHOR, author.id, AuthorInput.of(author), null));
            writePages(writer, Article.class, article -> line(TransferLine.Kind.ARTICLE, article.id, assembler.input(article), state(article)));
            writePages(writer, Collection.class, collection -> line(TransferLine.Kind.COLLECTION, collection.id, CollectionInput.of(collection), null));
            writer.flush();
        };
    }

    private <E> void writePages(Writer writer, Class<E> entity, Function<E, String> toLine) throws IOException {
        for (int page = 0; ; page++) {
            int first = page * PAGE;
            List<String> lines = QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                    .createQuery("from " + entity.getSimpleName() + " e order by e.id", entity)
                    .setFirstResult(first).setMaxResults(PAGE).getResultList()
                    .stream().map(toLine).toList());
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
            if (lines.size() < PAGE) {
                return;
            }
        }
    }

    /** Sections are few: all at once, parents before children and siblings in navigation order. */
    private void writeSections(Writer writer) throws IOException {
        List<String> lines = QuarkusTransaction.requiringNew().call(() -> Section.<Section>listAll().stream()
                .sorted(Comparator.<Section>comparingInt(s -> s.path.split("/").length).thenComparingInt(s -> s.position)
                        .thenComparing(s -> s.path))
                .map(s -> line(TransferLine.Kind.SECTION, s.id, SectionInput.of(s), null))
                .toList());
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }

    private static ArticleState state(Article article) {
        return new ArticleState(article.status.name().toLowerCase(Locale.ROOT), article.publishedAt,
                article.firstPublishedAt, article.status == ArticleStatus.SCHEDULED ? article.publishAt : null);
    }

    private String line(TransferLine.Kind kind, java.util.UUID id, Object data, ArticleState state) {
        try {
            return json.writeValueAsString(new TransferLine(kind.apiName(), id, json.valueToTree(data), state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
