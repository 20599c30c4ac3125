package news.byline.article;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import news.byline.author.Author;

/** One contributor of one article: who, reporting from where, in what role. */
@Embeddable
public class Contribution {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Author author;
    public String location;
    public String role;

    public Contribution() {
    }

    public Contribution(Author author, String location, String role) {
        this.author = author;
        this.location = location;
        this.role = role;
    }
}
