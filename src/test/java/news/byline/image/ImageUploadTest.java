package news.byline.image;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import news.byline.image.storage.ImageStorage;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImageUploadTest {
    @Inject
    ImageStorage storage;

    @Inject
    MeterRegistry metrics;

    /** A 1×1 lossy WebP (VP8), the smallest there is; no Java library writes WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /** Uploads marked public, so that anyone may read them (ImageVisibilityTest covers the rest). */
    private static Response upload(byte[] bytes, String fileName, String partType, String alt) {
        var request = given().auth().oauth2(keyFor("editor")).multiPart("file", fileName, bytes, partType)
                .multiPart("markedPublic", "true");
        if (alt != null) {
            request = request.multiPart("alt", alt).multiPart("credit", "Byline test desk");
        }
        return request.post("/api/v1/images");
    }

    @Test
    void storesAnUploadAndServesTheOriginalAndRenditions() throws IOException {
        byte[] png = picture(1200, 600, "png");
        Response created = upload(png, "banner.png", "image/png", "A test banner");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/images/"))
                .body("width", is(1200)).body("height", is(600))
                .body("slug", is("a-test-banner"))
                .body("url", endsWith("/file"))
                .body("renditions.width", hasItem(480))
                .body("renditions.find { it.width == 480 }.height", is(240))
                .body("renditions.width", not(hasItem(1280)));
        String id = created.path("id");
        // Kept as a path, shown under BYLINE_API_URL: an API that moves points at its new address.
        assertEquals("/api/v1/images/" + id + "/file",
                QuarkusTransaction.requiringNew().call(() -> Image.<Image>findById(UUID.fromString(id)).url));
        created.then().body("url", is("http://localhost:8081/api/v1/images/" + id + "/file"))
                .body("renditions[0].url", startsWith("http://localhost:8081/api/v1/images/" + id + "/file?width="));
        Response original = given().get("/api/v1/images/" + id + "/file");
        original.then().statusCode(200).contentType("image/png")
                .header("Cache-Control", is(ImageResource.FILE_CACHE_CONTROL))
                .header("Surrogate-Key", containsString(id));
        assertArrayEquals(png, original.asByteArray());
        given().header("If-None-Match", original.header("ETag")).get("/api/v1/images/" + id + "/file").then().statusCode(304);
        given().head("/api/v1/images/" + id + "/file").then().statusCode(200).header("ETag", is(original.header("ETag")));

        byte[] scaled = given().get("/api/v1/images/" + id + "/file?width=480").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(480, ImageIO.read(new ByteArrayInputStream(scaled)).getWidth());
        assertTrue(storage.read("renditions/" + id + "-480.png").isPresent(), "made once, kept in storage");
        byte[] jpeg = given().get("/api/v1/images/" + id + "/file?width=320&format=jpeg").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth());
        given().get("/api/v1/images/" + id + "/file?width=481").then().statusCode(400).body("errors[0].field", is("width"));
        given().get("/api/v1/images/" + id + "/file?format=webp").then().statusCode(400).body("errors[0].field", is("format"));
        given().get("/api/v1/images/" + id + "/file?width=2048").then().statusCode(200); // never upscaled
    }

    @Test
    void storedBytesStreamWhole() throws IOException {
        byte[] large = new byte[2_500_000]; // three slices of the database storage
        new Random(7).nextBytes(large);
        storage.write("originals/streamed-test.bin", large);
        try (InputStream stream = storage.stream("originals/streamed-test.bin").orElseThrow()) {
            assertArrayEquals(large, stream.readAllBytes());
        }
        storage.delete("originals/streamed-test.bin");
        assertTrue(storage.stream("originals/streamed-test.bin").isEmpty());
    }

    @Test
    void knowsTheTypeFromTheBytesNotTheName() throws IOException {
        String id = upload(picture(300, 200, "jpg"), "looks-like.png", "image/png", "Really a JPEG").then().statusCode(201).extract().path("id");
        given().get("/api/v1/images/" + id + "/file").then().statusCode(200).contentType("image/jpeg");
        upload("<html>not an image</html>".getBytes(), "evil.png", "image/png", "Not an image").then().statusCode(415)
                .contentType("application/problem+json");
        String gif = upload(picture(40, 30, "gif"), "anim.gif", "image/gif", "A GIF").then().statusCode(201).extract().path("id");
        given().get("/api/v1/images/" + gif + "/file?width=160").then().statusCode(200).contentType("image/png");
    }

    @Test
    void readsWebP() {
        String id = upload(WEBP, "pixel.webp", "image/webp", "One pixel").then().statusCode(201)
                .body("width", is(1)).body("height", is(1)).extract().path("id");
        given().get("/api/v1/images/" + id + "/file?format=jpeg").then().statusCode(200).contentType("image/jpeg");
        given().get("/api/v1/images/" + id + "/file").then().statusCode(200).contentType("image/webp");
    }

    @Test
    void refusesOversizedOrIncompleteUploads() throws IOException {
        byte[] noise = noise(620, 620); // a little over the limit: read, and refused with a problem
        assertTrue(noise.length > 1_048_576);
        upload(noise, "noise.png", "image/png", "Noise").then().statusCode(413).contentType("application/problem+json");
        upload(picture(10, 10, "png"), "no-alt.png", "image/png", null).then().statusCode(400).body("errors.field", hasItem("alt"));
        given().auth().oauth2(keyFor("contributor")).multiPart("alt", "No file").post("/api/v1/images").then().statusCode(400)
                .body("errors.field", hasItem("file"));
    }

    @Test
    void registersAnImageHostedElsewhere() {
        String id = given().auth().oauth2(keyFor("contributor")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://images.byline.example/elsewhere.jpg", "width", 800, "height", 450, "alt", "Elsewhere"))
                .post("/api/v1/images").then().statusCode(201)
                .body("renditions", empty()).extract().path("id");
        given().get("/api/v1/images/" + id + "/file").then().statusCode(404);
    }

    @Test
    void deletesOnlyUnusedImagesAndTheirFiles() throws IOException {
        given().auth().oauth2(keyFor("editor")).delete("/api/v1/images/niger-russia-flags").then().statusCode(409)
                .body("detail", containsString("russian-troops-arrive-in-niger"));
        given().auth().oauth2(keyFor("editor")).delete("/api/v1/images/niamey-junta-supporters").then().statusCode(409);
        String id = upload(picture(500, 300, "png"), "temp.png", "image/png", "Temporary").then().statusCode(201).extract().path("id");
        assertTrue(storage.read("originals/" + id + ".png").isPresent());
        given().get("/api/v1/images/" + id + "/file?width=160&format=jpeg").then().statusCode(200);
        given().get("/api/v1/images/" + id + "/file?format=jpeg").then().statusCode(200);
        assertTrue(storage.read("renditions/" + id + "-160.jpg").isPresent());
        given().auth().oauth2(keyFor("editor")).delete("/api/v1/images/" + id).then().statusCode(204);
        given().get("/api/v1/images/" + id).then().statusCode(404);
        assertTrue(storage.read("originals/" + id + ".png").isEmpty());
        assertTrue(storage.read("renditions/" + id + "-160.jpg").isEmpty(), "renditions go with the image");
        assertTrue(storage.read("renditions/" + id + "-500.jpg").isEmpty(), "a full-size conversion too");
    }

    @Test
    void editorsChangeMetadata() {
        given().auth().oauth2(keyFor("editor")).contentType("application/merge-patch+json")
                .body("{\"copyrightHolder\":\"AFP\"}").patch("/api/v1/images/niamey-junta-supporters").then().statusCode(200)
                .body("copyrightHolder", is("AFP")).body("credit", is("Getty Images"));
        given().auth().oauth2(keyFor("contributor")).contentType("application/merge-patch+json")
                .body("{\"credit\":\"Me\"}").patch("/api/v1/images/niamey-junta-supporters").then().statusCode(403);
    }

    @Test
    void concurrentRequestsForANewRenditionMakeItOnce() throws Exception {
        String id = upload(picture(1200, 800, "png"), "crowd.png", "image/png", "Asked for by many").then().statusCode(201)
                .extract().path("id");
        double before = metrics.counter("byline.image.decodes").count();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        List<Future<byte[]>> answers = new ArrayList<>();
        for (int reader = 0; reader < 8; reader++) {
            answers.add(readers.submit(() -> given().get("/api/v1/images/" + id + "/file?width=640").then().statusCode(200)
                    .extract().asByteArray()));
        }
        byte[] first = answers.get(0).get();
        for (Future<byte[]> answer : answers) {
            assertTrue(Arrays.equals(first, answer.get()), "every reader gets the same rendition");
        }
        readers.shutdown();
        assertEquals(before + 1, metrics.counter("byline.image.decodes").count(), "decoded once for eight readers");
    }

    @Test
    void aRenditionThatCannotBeMadeIsRefusedAndNotTriedAgainAtOnce() throws Exception {
        String id = upload(picture(600, 400, "png"), "broken-later.png", "image/png", "Broken in storage").then().statusCode(201)
                .extract().path("id");
        String key = QuarkusTransaction.requiringNew().call(() -> Image.<Image>findById(UUID.fromString(id)).storageKey);
        byte[] original = storage.read(key).orElseThrow();
        storage.write(key, Arrays.copyOf(original, 60)); // the header survives, the pixels do not
        double before = metrics.counter("byline.image.decodes").count();
        for (int attempt = 0; attempt < 3; attempt++) {
            given().get("/api/v1/images/" + id + "/file?width=160").then().statusCode(422)
                    .contentType("application/problem+json").body("detail", containsString("cannot be decoded"));
        }
        assertEquals(before + 1, metrics.counter("byline.image.decodes").count(), "the failure is remembered");
    }

    @Test
    void aLargeOriginalIsDecodedAtAboutTwiceTheWidthAsked() throws IOException {
        BufferedImage decoded = ImageRenditions.subsampled(picture(4000, 2000, "png"), 160).image();
        assertTrue(decoded.getWidth() >= 320 && decoded.getWidth() < 400, "decoded " + decoded.getWidth() + " pixels wide");
    }

    /** A decompression bomb: a few hundred bytes that declare a 20000×20000 canvas (400 megapixels). */
    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeAnythingDecodesIt() throws IOException {
        upload(pngDeclaring(20_000, 20_000), "bomb.png", "image/png", "Bomb").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("file"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("megapixels"));
        String id = upload(picture(300, 200, "png"), "small.png", "image/png", "Grown later").then().statusCode(201)
                .extract().path("id");
        // Stored before the limit (or the limit lowered since): only the original is served, no rendition decoded.
        QuarkusTransaction.requiringNew().run(() -> Image.update("width = 20000, height = 20000 where id = ?1", UUID.fromString(id)));
        given().get("/api/v1/images/" + id + "/file?width=160").then().statusCode(422).body("errors[0].field", is("width"));
        given().get("/api/v1/images/" + id + "/file").then().statusCode(200);
    }

    private static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] picture(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(187, 25, 25));
        graphics.fillRect(0, 0, width, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
