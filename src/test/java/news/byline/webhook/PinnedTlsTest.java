package news.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over TLS a pinned send still names the host: the connection goes to the checked address, while SNI and the
 * certificate check use the name (a certificate for another name is refused).
 */
class PinnedTlsTest {
    private static final String HOST = "hooks.byline.invalid";
    private static final String PASSWORD = "receiver-store";

    private Vertx vertx;
    private HttpServer server;
    private PfxOptions trust;
    private final AtomicReference<String> indicated = new AtomicReference<>();

    /** A self-signed certificate for the name, made by the JDK's keytool (no extra library). */
    private static PfxOptions certificateFor(String name) throws Exception {
        Path store = Files.createTempDirectory("byline-tls").resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + name, "-ext", "SAN=dns:" + name, "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
        return new PfxOptions().setPath(store.toString()).setPassword(PASSWORD);
    }

    @BeforeEach
    void startAReceiverWithACertificateForTheName() throws Exception {
        vertx = Vertx.vertx();
        PfxOptions certificate = certificateFor(HOST);
        server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true).setKeyCertOptions(certificate))
                .requestHandler(request -> {
                    indicated.set(request.connection().indicatedServerName());
                    request.response().setStatusCode(204).end();
                })
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        trust = certificate;
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private OutgoingPost post(String host) {
        return new OutgoingPost(URI.create("https://" + host + ":" + server.actualPort() + "/hook"),
                Map.of("Content-Type", "application/json"), "{}");
    }

    @Test
    void theConnectionGoesToTheCheckedAddressAndTlsNamesTheHost() throws Exception {
        PinnedPoster poster = new PinnedPoster(vertx, new HttpClientOptions().setTrustOptions(trust));
        PinnedPoster.Answer answer = poster.post(InetAddress.getByName("127.0.0.1"), post(HOST), Duration.ofSeconds(5), 100);
        assertEquals(204, answer.status());
        assertEquals(HOST, indicated.get());
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        PinnedPoster poster = new PinnedPoster(vertx, new HttpClientOptions().setTrustOptions(trust));
        assertThrows(ExecutionException.class,
                () -> poster.post(InetAddress.getByName("127.0.0.1"), post("other.byline.invalid"), Duration.ofSeconds(5), 100));
    }
}
