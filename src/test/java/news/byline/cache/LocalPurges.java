package news.byline.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/** Records what this instance purges after each commit, for tests that compare it with what events carry. */
@ApplicationScoped
public class LocalPurges {
    private static final int KEPT = 1000;

    private final List<ContentChanged> recorded = new ArrayList<>();

    synchronized void record(@Observes ContentChanged change) {
        if (change.local()) {
            if (recorded.size() == KEPT) {
                recorded.remove(0);
            }
            recorded.add(change);
        }
    }

    /** Forgets what was recorded, so that {@link #recorded} then returns what comes after. */
    public synchronized void clear() {
        recorded.clear();
    }

    public synchronized List<ContentChanged> recorded() {
        return List.copyOf(recorded);
    }
}
