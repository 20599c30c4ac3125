package news.byline.event;

import java.util.OptionalLong;

/** Something that reads the outbox at its own pace (webhook endpoints): events it has not had are not pruned. */
public interface EventReaders {

    /** The last position every such reader has had; empty when there is none. */
    OptionalLong readUpTo();
}
