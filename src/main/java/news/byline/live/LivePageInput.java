package news.byline.live;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live page's own state as an editor sets it: coverage and key points (posts are written one by one). */
@Schema(name = "LivePageInput", description = "A live page's coverage and key points.", example = LivePageInput.EXAMPLE)
public record LivePageInput(
        @NotNull @Pattern(regexp = "upcoming|live|ended", message = "must be one of upcoming, live, ended")
        @Schema(description = "Where coverage stands; ended closes it (its end time is now unless given).",
                enumeration = {"upcoming", "live", "ended"}, example = "live") String coverageStatus,
        @Schema(nullable = true, description = "When coverage starts or started; now when it goes live without one.", example = "2024-04-12T06:00:00Z") Instant coverageStartTime,
        @Schema(nullable = true, description = "When coverage ended or is planned to end.", example = "2024-04-12T20:00:00Z") Instant coverageEndTime,
        @NotNull @Size(max = 10)
        @Schema(description = "The key points kept at the top of the page, in order.",
                example = "[\"Russian military instructors arrive in Niger\",\"They bring an air defence system\"]")
        List<@NotBlank @Size(max = 280) String> keyPoints) {

    static final String EXAMPLE = """
            {"coverageStatus":"live","coverageStartTime":"2024-04-12T06:00:00Z","coverageEndTime":null,\
            "keyPoints":["Russian military instructors arrive in Niger","They bring an air defence system"]}""";
}
