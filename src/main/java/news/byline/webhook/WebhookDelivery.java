package news.byline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver an event (or a ping) to an endpoint: the delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "webhook_id")
    public UUID webhookId;
    /** The same for every attempt at one event to one endpoint: receivers de-duplicate by it. */
    @Column(name = "delivery_id")
    public UUID deliveryId;
    /** The event's position; null for a ping. */
    @Column(name = "event_position")
    public Long eventPosition;
    @Column(name = "event_type")
    public String eventType;
    public int attempt;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_ms")
    public int latencyMs;
    public boolean succeeded;
    public String error;
}
