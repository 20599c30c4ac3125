package news.byline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A receiver of content events and where its delivery stands (see V13). */
@Entity
public class Webhook extends PanacheEntityBase {
    /** The target of an endpoint an admin registered: signed JSON POSTs. */
    public static final String HTTP = "http";

    @Id
    public UUID id;
    /** http (a registered endpoint) or a CDN provider whose purger settings made this row. */
    public String target;
    public String url;
    /** Space-separated patterns: article.published, article.*, *. */
    @Column(name = "event_types")
    public String eventTypes;
    public String secret;
    public String description;
    public boolean enabled;
    /** Retried past the retry window: no further attempts until an admin updates or re-enables it. */
    public boolean failing;
    /** When the current run of failed attempts began; null while deliveries succeed. */
    @Column(name = "failing_since")
    public Instant failingSince;
    /** The last event position it has had, or passed over as not matching its types. */
    @Column(name = "delivered_position")
    public long deliveredPosition;
    /** Failed attempts at the event after deliveredPosition. */
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public List<String> types() {
        return Arrays.asList(eventTypes.split(" "));
    }

    /** Whether this endpoint takes events of the type: an exact type, kind.* or *. */
    public boolean wants(String type) {
        return types().stream().anyMatch(pattern -> pattern.equals("*") || pattern.equals(type)
                || pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1)));
    }
}
