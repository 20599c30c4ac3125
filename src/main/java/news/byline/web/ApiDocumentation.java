package news.byline.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Document-wide OpenAPI declarations: the bearer API key that management operations require. */
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key from POST /api/v1/keys (or BYLINE_ADMIN_KEY), sent as 'Authorization: Bearer <key>'.")
public class ApiDocumentation extends Application {
}
