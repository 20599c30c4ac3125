package news.byline.sample;

import io.quarkus.arc.Arc;

/** Lets tests in other packages restore the seed page's Most Read after they replaced the content. */
public final class SampleContentStartupAccess {
    private SampleContentStartupAccess() {
    }

    public static void restoreMostRead() {
        Arc.container().instance(SampleContentStartup.class).get().keepMostReadRanking();
    }
}
