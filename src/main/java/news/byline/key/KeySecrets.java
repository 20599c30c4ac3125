package news.byline.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes and hashes key secrets: 256 random bits, so a fast hash (SHA-256) is enough — there is nothing to
 * guess that a slow password hash would protect.
 */
final class KeySecrets {
    static final String PREFIX = "byl_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A chosen key is guessed offline no more easily than a generated one if it is this long and varied. */
    private static final int MIN_CHOSEN_LENGTH = 32;
    private static final int MIN_DISTINCT_CHARACTERS = 12;

    private KeySecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why a chosen secret is too weak to guard the management API, if it is. */
    static Optional<String> weakness(String secret) {
        if (secret.length() < MIN_CHOSEN_LENGTH) {
            return Optional.of("it has " + secret.length() + " characters; at least " + MIN_CHOSEN_LENGTH + " are needed");
        }
        if (secret.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("it repeats too few characters; generate one, e.g. openssl rand -base64 32");
        }
        return Optional.empty();
    }

    static String visiblePrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6));
    }
}
