package news.byline.article;

import news.byline.web.problem.ProblemException;

/** Extra renderings of the body that a reader may ask for beside the blocks. */
public enum BodyFormat {
    BLOCKS, HTML, TEXT;

    public static BodyFormat parse(String raw) {
        if (raw == null) {
            return BLOCKS;
        }
        return switch (raw) {
            case "html" -> HTML;
            case "text" -> TEXT;
            default -> throw ProblemException.invalidParameter("format", "must be one of html, text");
        };
    }
}
