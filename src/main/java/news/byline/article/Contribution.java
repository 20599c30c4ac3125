package news.byline.article;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
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

    /** The same author (by id: one side may hold a proxy), location and role: a save that changes nothing writes nothing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Contribution that && Objects.equals(author.id, that.author.id)
                && Objects.equals(location, that.location) && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(author.id, location, role);
    }
}
