package news.byline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last position given to an event, and the horizon below which events have been pruned. */
@Entity
@Table(name = "event_sequence")
public class EventSequence extends PanacheEntityBase {
    static final String CONTENT = "content";

    @Id
    public String name;
    @Column(name = "last_position")
    public long lastPosition;
    public long horizon;
}
