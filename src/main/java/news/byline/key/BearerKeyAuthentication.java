package news.byline.key;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import news.byline.web.pipeline.BearerTokens;
import news.byline.web.pipeline.Caller;
import news.byline.web.pipeline.ProblemMappers;

/**
 * Reads `Authorization: Bearer <api key>`; requests without one stay anonymous (public reads). The rate limits
 * have already looked the key up (and answered 401 for an unknown one): the identity is built from what they
 * found, so a request costs one lookup at most.
 */
@ApplicationScoped
public class BearerKeyAuthentication implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String secret = BearerTokens.secret(context.request().getHeader("Authorization"));
        if (secret == null) {
            return Uni.createFrom().nullItem();
        }
        Caller caller = Caller.of(context);
        if (caller != null && caller.keyId() != null) {
            return Uni.createFrom().item(ApiKeyIdentityProvider.identityOf(caller));
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(secret, "bearer"));
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", ProblemMappers.BEARER_CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
