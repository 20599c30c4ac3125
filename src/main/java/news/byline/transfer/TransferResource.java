package news.byline.transfer;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import news.byline.key.Callers;
import news.byline.key.Role;
import org.jboss.resteasy.reactive.RestResponse;

public class TransferResource implements TransferApi {
    private final ImportService imports;
    private final ExportService exports;
    private final SecurityIdentity identity;

    public TransferResource(ImportService imports, ExportService exports, SecurityIdentity identity) {
        this.imports = imports;
        this.exports = exports;
        this.identity = identity;
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ImportReport importContent(InputStream ndjson) {
        return imports.run(ndjson, Callers.of(identity));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<StreamingOutput> export() {
        StreamingOutput everything = exports::export;
        return RestResponse.ResponseBuilder.ok(everything, TransferApi.NDJSON).header("Cache-Control", "private, no-store").build();
    }
}
