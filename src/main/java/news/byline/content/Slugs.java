package news.byline.content;

import java.text.Normalizer;
import java.util.Locale;

/** Slug rules shared by every resource: lower-case letters, digits and single hyphens. */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case letters, digits and single hyphens, e.g. sahel-islamist-insurgency";

    private Slugs() {
    }

    private static final int MADE_LENGTH = 80;

    /**
     * A slug made from a name: accents dropped, anything but letters and digits becomes a hyphen, cut at a
     * word boundary to at most 80 characters.
     */
    public static String from(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MADE_LENGTH) {
            int cut = slug.lastIndexOf('-', MADE_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MADE_LENGTH);
        }
        return slug;
    }
}
