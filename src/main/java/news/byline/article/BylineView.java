package news.byline.article;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who wrote a story, as printed and as structured data. */
@Schema(name = "Byline", description = "The display byline, the organisation and the ordered contributors.",
        example = BylineView.EXAMPLE)
public record BylineView(
        @Schema(nullable = true, description = "Byline as printed.", example = "By Chris Ewokor in Abuja & Kathryn Armstrong in London") String text,
        @Schema(nullable = true, description = "Organisation line.", example = "BBC News") String organisation,
        @Schema(description = "Contributors in byline order.") List<Contributor> contributors) {

    static final String EXAMPLE = """
            {"text":"By Chris Ewokor in Abuja & Kathryn Armstrong in London","organisation":"BBC News",\
            "contributors":[{"id":"7c9e6679-7425-30de-944b-e07fc1f90ae7","slug":"chris-ewokor","name":"Chris Ewokor",\
            "jobTitle":"Nigeria correspondent","location":"Abuja"},\
            {"id":"1b4e28ba-2fa1-31d2-883f-0016d3cca427","slug":"kathryn-armstrong","name":"Kathryn Armstrong",\
            "jobTitle":"BBC News","location":"London"}]}""";

    @Schema(name = "Contributor", description = "An author summary plus what applies to this article only.",
            example = "{\"id\":\"7c9e6679-7425-30de-944b-e07fc1f90ae7\",\"slug\":\"chris-ewokor\",\"name\":\"Chris Ewokor\",\"jobTitle\":\"Nigeria correspondent\",\"location\":\"Abuja\"}")
    public record Contributor(
            @Schema(description = "Author id.", example = "7c9e6679-7425-30de-944b-e07fc1f90ae7") UUID id,
            @Schema(description = "Author slug.", example = "chris-ewokor") String slug,
            @Schema(description = "Author name.", example = "Chris Ewokor") String name,
            @Schema(nullable = true, description = "Author's job title.", example = "Nigeria correspondent") String jobTitle,
            @Schema(nullable = true, description = "Where the contributor reported from, for this article.", example = "Abuja") String location,
            @Schema(nullable = true, description = "Role in this article, if any.", example = "Additional reporting") String role) {
    }
}
