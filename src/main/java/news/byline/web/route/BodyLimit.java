package news.byline.web.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body a write route takes, when it is not a JSON document (which every route refuses above 2 MB):
 * declared on its {@code …Api} method, read by the limits that act before the body is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    Kind value();

    enum Kind {
        /** An image upload: at most the configured image size, and cut off while it arrives when sent without a length. */
        IMAGE_UPLOAD
    }
}
