package news.byline.domain;

/** The client edited a version that is no longer current. */
public final class StaleVersion extends Refusal {

    public StaleVersion() {
        super("The resource has changed since you read it; fetch it again and reapply your change");
    }
}
