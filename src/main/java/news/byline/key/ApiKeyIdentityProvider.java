package news.byline.key;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import news.byline.web.pipeline.Caller;

/**
 * Turns a bearer key into an identity whose roles are those the key's role grants, for a request the rate
 * limits did not look at (one that reached authentication some other way).
 */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final KeyCallers keys;

    ApiKeyIdentityProvider(KeyCallers keys) {
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Caller caller = keys.find(request.getToken().getToken());
            if (caller.keyId() == null) {
                throw new AuthenticationFailedException("Unknown or revoked API key");
            }
            return identityOf(caller);
        });
    }

    static SecurityIdentity identityOf(Caller caller) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(caller.keyId())).addRoles(caller.roles()).build();
    }
}
