package news.byline.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to register or replace a webhook endpoint. */
@Schema(name = "WebhookInput", description = "A webhook endpoint as an admin writes it. The secret is made for you when absent "
        + "(and shown once, in the answer to the registration); on a replace, absent keeps the current one.",
        example = WebhookInput.EXAMPLE)
public record WebhookInput(
        @NotBlank @Size(max = 2048)
        @Schema(description = "Where to POST events: http(s), to public (global unicast) addresses "
                + "only: loopback, private and every other special-purpose range (IPv4 and IPv6, NAT64, 6to4 and Teredo "
                + "included) are refused unless the server allows private targets.", example = "https://hooks.example.com/byline") String url,
        @NotEmpty @Size(max = 20)
        @Schema(description = "Event types to deliver: exact (article.published), a kind's (article.*) or all (*).",
                example = "[\"article.*\",\"topic.updated\"]")
        List<@NotBlank @Pattern(regexp = "\\*|[a-z]+\\.(\\*|[a-z]+)", message = "must be a type such as article.published, article.* or *") String> events,
        @Size(min = 16, max = 200)
        @Schema(description = "Shared secret for the signature, at least 16 characters.", example = "whsec-3c1f0b9e6d2a4f7b8e5c") String secret,
        @Size(max = 500)
        @Schema(description = "What the endpoint is for.", example = "Rebuilds the static site") String description,
        @Schema(description = "False pauses deliveries (events wait); true also resumes an endpoint marked failing. Default true.",
                example = "true") Boolean enabled) {

    public static final String EXAMPLE = "{\"url\":\"https://hooks.example.com/byline\",\"events\":[\"article.*\",\"topic.updated\"],"
            + "\"description\":\"Rebuilds the static site\"}";
}
