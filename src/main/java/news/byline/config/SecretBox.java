package news.byline.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Seals the secrets Byline must keep readable (webhook signing secrets, the shared cursor key) before they reach
 * the database: AES-256-GCM under BYLINE_SECRETS_KEY, each value as {@code enc:v1:<key id>:<base64 nonce and
 * ciphertext>}. Rotation: put the new key in BYLINE_SECRETS_KEY and the old one in BYLINE_SECRETS_PREVIOUS_KEYS;
 * at start every value is sealed again under the new key, after which the old one can go. Unset, a key is made
 * once and kept in BYLINE_SECRETS_KEY_FILE (owner-only), fine for one machine; instances on several machines
 * need the same configured key. Values stored before sealing existed are read as they are and sealed at start.
 */
@ApplicationScoped
public class SecretBox {
    private static final Logger LOG = Logger.getLogger(SecretBox.class);
    private static final String PREFIX = "enc:v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    @Inject
    public SecretBox(BylineConfig config) {
        this(config.secretsKey().filter(key -> !key.isBlank()).map(key -> decode("BYLINE_SECRETS_KEY", key))
                        .orElseGet(() -> fromFile(Path.of(config.secretsKeyFile()))),
                config.secretsPreviousKeys().orElse(List.of()).stream().filter(key -> !key.isBlank())
                        .map(key -> decode("BYLINE_SECRETS_PREVIOUS_KEYS", key)).toList());
    }

    SecretBox(byte[] current, List<byte[]> previous) {
        List<byte[]> material = new ArrayList<>();
        material.add(current);
        material.addAll(previous);
        material.forEach(bytes -> keys.putIfAbsent(idOf(bytes), new SecretKeySpec(bytes, "AES")));
        this.currentId = idOf(current);
    }

    /** The value to store for a secret. */
    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
    }

    /** The secret a stored value holds (a value from before sealing, as it is). */
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        SecretKeySpec key = keys.get(parts[0]);
        if (key == null) {
            throw new IllegalStateException("A secret was sealed under key " + parts[0] + ", which is neither BYLINE_SECRETS_KEY "
                    + "nor one of BYLINE_SECRETS_PREVIOUS_KEYS");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[1]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed secret does not open under key " + parts[0] + ": altered or truncated", e);
        }
    }

    /** Whether a stored value is sealed under the current key (otherwise it is sealed again at start). */
    public boolean sealedWithCurrentKey(String stored) {
        return stored.startsWith(PREFIX + currentId + ":");
    }

    private static byte[] decode(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64; make one with: openssl rand -base64 32");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " holds " + key.length + " bytes; it needs " + KEY_BYTES
                    + ": openssl rand -base64 32");
        }
        return key;
    }

    /** The key kept in the file, or one made now: two instances starting together agree on the first one written. */
    static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(file.toString(), Files.readString(file));
            }
            byte[] key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            Path made = OwnerOnlyFiles.write(file.resolveSibling(file.getFileName() + "." + java.util.UUID.randomUUID()),
                    Base64.getEncoder().encodeToString(key));
            try {
                Files.createLink(file, made); // fails if another instance linked its key first: then that one is the key
            } catch (FileAlreadyExistsException another) {
                return decode(file.toString(), Files.readString(file));
            } finally {
                Files.deleteIfExists(made);
            }
            LOG.warnf("BYLINE_SECRETS_KEY is unset: a key to seal stored secrets was made and written to %s, readable by you "
                    + "only. Every instance needs the same key: set BYLINE_SECRETS_KEY (openssl rand -base64 32) in production.",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the secrets key " + file, e);
        }
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
