package news.byline.web;

import java.text.Normalizer;
import java.util.Locale;

/** Slug rules shared by every resource: lower-case letters, digits and single hyphens. */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case letters, digits and single hyphens, e.g. sahel-islamist-insurgency";

    private Slugs() {
    }

    /** A slug made from a name: accents dropped, everything else that is not a letter or digit becomes a hyphen. */
    public static String from(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
