package news.byline.article.editorial;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleRequest", description = "When a scheduled article should go live.", example = ScheduleRequest.EXAMPLE)
public record ScheduleRequest(
        @NotNull @Schema(description = "A future time, ISO-8601.", example = "2030-01-01T07:00:00Z") Instant publishAt) {

    public static final String EXAMPLE = "{\"publishAt\":\"2030-01-01T07:00:00Z\"}";
}
