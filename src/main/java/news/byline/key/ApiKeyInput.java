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
        @NotNull @Pattern(regexp = "contributor|editor|admin", message = "must be one of contributor, editor, admin")
        @Schema(description = "What the key may do.", enumeration = {"contributor", "editor", "admin"}, example = "editor") String role) {

    public static final String EXAMPLE = "{\"name\":\"Newsroom CMS\",\"role\":\"editor\"}";

    Role parsedRole() {
        return Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }
}
