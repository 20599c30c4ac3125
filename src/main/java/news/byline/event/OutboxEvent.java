package news.byline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to public content, as the outbox keeps it (see V12). */
@Entity
@Table(name = "content_event")
public class OutboxEvent extends PanacheEntityBase {
    /** From a sequence taken 50 at a time, so that an import's events go in JDBC batches; positions give the order. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_event_seq")
    @SequenceGenerator(name = "content_event_seq", sequenceName = "content_event_seq", allocationSize = 50)
    public Long id;
    /** Commit order; null until the sequencer has seen the event committed. */
    public Long position;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String type;
    public String kind;
    @Column(name = "entity_id")
    public UUID entityId;
    public String slug;
    public String actor;
    /** Space-separated, as in a Surrogate-Key header. */
    @Column(name = "surrogate_keys")
    public String surrogateKeys;
    /** JSON of the entity as lists show it; null for a tombstone. */
    public String content;
    /** The live page whose stream carries the event (see {@link Streamed}); null for most. */
    public UUID stream;
}
