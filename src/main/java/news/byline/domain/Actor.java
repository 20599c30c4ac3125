package news.byline.domain;

/** Who is acting: the key's name and whether it may edit everyone's content or only its own drafts. */
public record Actor(String name, boolean editor) {
    private static final Actor ANONYMOUS = new Actor(null, false);

    /** A reader without a key. */
    public static Actor anonymous() {
        return ANONYMOUS;
    }

    /** The application itself (the scheduler, the sample loader), with an editor's rights. */
    public static Actor system(String name) {
        return new Actor(name, true);
    }

    public boolean isAnonymous() {
        return name == null;
    }
}
