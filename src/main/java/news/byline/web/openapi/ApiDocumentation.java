package news.byline.web.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Document-wide OpenAPI declarations: the bearer API key that management operations require, and the names
 * operations use to say so.
 */
@SecurityScheme(securitySchemeName = ApiDocumentation.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key from POST /api/v1/keys (or BYLINE_ADMIN_KEY), sent as 'Authorization: Bearer <key>'.")
public class ApiDocumentation extends Application {
    /** The security scheme of management operations ({@code @SecurityRequirement(name = API_KEY)}). */
    public static final String API_KEY = "apiKey";
    /** The extension naming the least role an operation needs, which clients and SecuredOperationsTest read. */
    public static final String REQUIRED_ROLE = "x-required-role";
}
