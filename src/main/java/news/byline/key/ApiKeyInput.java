package news.byline.key;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyInput", description = "What a new key is for and what it may do.",
        example = ApiKeyInput.EXAMPLE)
public record ApiKeyInput(
        @NotBlank @Size(max = 100)
        @Schema(description = "What the key is for.", example = "Newsroom CMS", maxLength = 100) String name,
        @NotNull @Pattern(regexp = "delivery|contributor|editor|admin", message = "must be one of delivery, contributor, editor, admin")
        @Schema(description = "What the key may do: delivery reads published content only (a front end's server or "
                + "build; answered from the response cache, on a budget of its own); contributor writes and edits its own "
                + "stories; editor edits and publishes everything; admin also manages keys and webhooks.",
                enumeration = {"delivery", "contributor", "editor", "admin"}, example = "editor") String role) {

    public static final String EXAMPLE = "{\"name\":\"Newsroom CMS\",\"role\":\"editor\"}";

    Role parsedRole() {
        return Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }
}
