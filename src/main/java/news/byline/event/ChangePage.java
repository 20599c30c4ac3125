package news.byline.event;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed, in the list envelope: data, meta with the token to go on from, links. */
@Schema(name = "ChangePage", description = "Changes in commit order, the token to continue from and whether more are waiting.",
        example = "{\"data\":[],\"meta\":{\"nextToken\":\"c-42\",\"limit\":100,\"more\":false},"
                + "\"links\":{\"self\":\"http://localhost:8080/api/v1/changes?since=c-42\",\"next\":\"http://localhost:8080/api/v1/changes?since=c-42\"}}")
public record ChangePage(
        @Schema(description = "The changes, oldest first.") List<Change> data,
        @Schema(description = "Where to go on from.") Meta meta,
        @Schema(description = "This page and the next.") Links links) {

    @Schema(name = "ChangePageMeta", description = "nextToken is always present: at the head of the feed it is the token sent, "
            + "so a client polls with it until new changes come.", example = "{\"nextToken\":\"c-42\",\"limit\":100,\"more\":false}")
    public record Meta(
            @Schema(description = "Pass as since to read what comes after this page.", example = "c-42") String nextToken,
            @Schema(description = "Most changes on a page.", example = "100") int limit,
            @Schema(description = "True when more changes are waiting: read on at once; false: poll again later.", example = "false") boolean more) {
    }

    @Schema(name = "ChangePageLinks", description = "Absolute URLs of this page and the next.",
            example = "{\"self\":\"http://localhost:8080/api/v1/changes\",\"next\":\"http://localhost:8080/api/v1/changes?since=c-42\"}")
    public record Links(
            @Schema(description = "This page.", example = "http://localhost:8080/api/v1/changes") String self,
            @Schema(description = "What comes after this page (also when nothing has yet).", example = "http://localhost:8080/api/v1/changes?since=c-42") String next) {
    }

    /** What the feed read: the changes, the token after them, whether more are waiting. */
    public record Slice(List<Change> changes, String nextToken, boolean more) {
    }

    static ChangePage of(Slice slice, int limit, UriInfo uri) {
        String next = uri.getRequestUriBuilder().replaceQueryParam("since", slice.nextToken()).build().toString();
        return new ChangePage(slice.changes(), new Meta(slice.nextToken(), limit, slice.more()),
                new Links(uri.getRequestUri().toString(), next));
    }
}
