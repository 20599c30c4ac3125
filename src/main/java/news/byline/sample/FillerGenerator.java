package news.byline.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleType;
import news.byline.article.Contribution;
import news.byline.article.body.Block;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.Inline;
import news.byline.author.Author;
import news.byline.section.Section;
import news.byline.topic.Topic;

/**
 * Generates a deterministic set of plausible filler stories (same seed, same stories) so that lists,
 * filters and paging have something real to work on. Filler is older than the seed page's stories.
 */
final class FillerGenerator {
    static final int COUNT = 320;
    private static final String[] REPORTERS = {
        "Amelia Hart", "Daniel Okafor", "Priya Raman", "Tom Whitfield", "Sofia Moreno", "James Kariuki",
        "Hannah Lindqvist", "Yusuf Demir", "Grace O'Neill", "Mateo Alvarez", "Leila Haddad", "Oliver Brandt"};
    private static final String[] ROLES = {"Political correspondent", "Business reporter", "Science editor",
        "World affairs correspondent", "Health reporter", "Technology reporter"};
    private static final String[] SUBJECTS = {"Ministers", "Scientists", "Campaigners", "Economists", "Doctors",
        "Teachers", "Farmers", "Engineers", "Residents", "Investigators", "Officials", "Researchers"};
    private static final String[] ACTIONS = {"warn over", "call for action on", "unveil plans for", "raise concerns about",
        "back new rules on", "report progress on", "question the cost of", "celebrate success of"};
    private static final String[] MATTERS = {"flood defences", "rail fares", "hospital waiting lists", "school funding",
        "energy bills", "water quality", "housing targets", "AI safety", "bus services", "coastal erosion",
        "food prices", "youth unemployment", "air pollution", "broadband rollout"};
    private static final String[] PLACES = {"in Leeds", "across Wales", "in Glasgow", "in Nairobi", "in Lagos",
        "in Sydney", "in Lima", "in Delhi", "in Berlin", "in Toronto", "in Belfast", "along the coast"};
    private static final ArticleType[] TYPES = {ArticleType.STORY, ArticleType.STORY, ArticleType.STORY,
        ArticleType.FEATURE, ArticleType.ANALYSIS, ArticleType.EXPLAINER};

    private final BodyCodec bodyCodec;
    private final Instant now;
    private final Random random = new Random(20240412L);

    FillerGenerator(BodyCodec bodyCodec, Instant now) {
        this.bodyCodec = bodyCodec;
        this.now = now;
    }

    static List<Author> authors(Instant now) {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < REPORTERS.length; i++) {
            String name = REPORTERS[i];
            String slug = name.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '-');
            authors.add(author(slug, name, ROLES[i % ROLES.length], name + " is a " + ROLES[i % ROLES.length].toLowerCase(Locale.ROOT) + ".", now));
        }
        return authors;
    }

    static Author author(String slug, String name, String jobTitle, String bio, Instant now) {
        Author author = new Author();
        author.id = SampleIds.of("author", slug);
        author.slug = slug;
        author.name = name;
        author.jobTitle = jobTitle;
        author.bio = bio;
        author.updatedAt = now;
        return author;
    }

    List<Article> generate(List<Section> sections, List<Topic> topics, List<Author> authors) {
        List<Article> articles = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            articles.add(article(i, sections, topics, authors));
        }
        return articles;
    }

    private Article article(int index, List<Section> sections, List<Topic> topics, List<Author> authors) {
        String subject = pick(SUBJECTS);
        String matter = pick(MATTERS);
        String place = pick(PLACES);
        String headline = subject + " " + pick(ACTIONS) + " " + matter + " " + place;
        Article article = new Article();
        article.slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + (index + 1);
        article.id = SampleIds.of("article", article.slug);
        article.type = pick(TYPES);
        article.status = ArticleStatus.PUBLISHED;
        article.createdBy = "sample-content";
        article.headline = headline;
        article.summary = subject + " " + place.replace("along", "on") + " say the debate over " + matter + " is far from settled.";
        article.section = sections.get(random.nextInt(sections.size()));
        int topicCount = random.nextInt(4);
        for (int t = 0; t < topicCount; t++) {
            Topic topic = topics.get(random.nextInt(topics.size()));
            if (!article.topics.contains(topic)) {
                article.topics.add(topic);
            }
        }
        Author author = authors.get(random.nextInt(authors.size()));
        article.contributors.add(new Contribution(author, null, null));
        article.bylineText = "By " + author.name;
        article.bylineOrganisation = "BBC News";
        List<Block> body = body(subject, matter, place);
        article.writeBody(bodyCodec.write(body), body);
        // Spread over roughly three months, all older than the seed page's stories.
        article.publishedAt = now.minus(Duration.ofMinutes(1_200L + index * 397L + random.nextInt(300)));
        article.firstPublishedAt = article.publishedAt;
        article.createdAt = article.publishedAt;
        article.updatedAt = article.publishedAt.plus(Duration.ofMinutes(random.nextInt(240)));
        return article;
    }

    private List<Block> body(String subject, String matter, String place) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(subject + " " + place + " have set out their view on " + matter
                + ", saying decisions taken this year will shape the next decade."));
        blocks.add(paragraph("Local people told reporters that " + matter + " had become one of their main worries, "
                + "and that they wanted clear answers about what would change and when."));
        if (random.nextBoolean()) {
            blocks.add(new Block.Quote("We need a plan that people can see working, not another consultation.",
                    "A spokesperson for the group"));
        }
        blocks.add(paragraph("Officials said a full report would be published in the coming weeks."));
        return blocks;
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
