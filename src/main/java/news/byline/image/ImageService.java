package news.byline.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.config.BylineConfig;
import news.byline.content.References;
import news.byline.content.SlugOwners;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;
import news.byline.image.storage.ImageStorage;
import news.byline.key.Role;
import news.byline.web.EntityTags;
import news.byline.web.HandedOutVersion;
import news.byline.web.IdOrSlug;
import news.byline.web.MergePatch;
import news.byline.web.ProblemException;
import news.byline.web.Slugs;

@ApplicationScoped
@Transactional
public class ImageService {
    private final ImageStorage storage;
    private final ImageRenditions renditions;
    private final EntityTags tags;
    private final MergePatch mergePatch;
    private final BylineConfig config;
    private final References references;
    private final Event<StoredFileGone> storedFileGone;
    private final Outbox outbox;
    private final HandedOutVersion handedOut;

    public ImageService(ImageStorage storage, ImageRenditions renditions, EntityTags tags, MergePatch mergePatch,
                        BylineConfig config, References references, Event<StoredFileGone> storedFileGone, Outbox outbox,
                        HandedOutVersion handedOut) {
        this.outbox = outbox;
        this.handedOut = handedOut;
        this.storage = storage;
        this.renditions = renditions;
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.config = config;
        this.references = references;
        this.storedFileGone = storedFileGone;
    }

    /** The image's metadata, for anyone when it is public, for key holders only otherwise (404 to the rest). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visible<ImageView> find(String id, SecurityIdentity caller) {
        Image image = entity(id);
        return new Visible<>(ImageView.of(image), image.id, requireVisible(image, caller, id));
    }

    /** Registers an image hosted elsewhere. */
    public ImageView register(ExternalImageInput input, SecurityIdentity caller) {
        requireMayMark(input.metadata(), caller);
        Image image = newImage();
        image.url = input.url();
        image.width = input.width();
        image.height = input.height();
        apply(image, input.metadata());
        image.persist();
        announce(image, ContentAction.CREATED, false);
        return written(image);
    }

    /** Import: updates the image with this id or slug, or registers it (with this id when given). True when created. */
    public boolean upsert(UUID id, ExternalImageInput input) {
        Image image = id != null ? Image.findById(id) : null;
        if (image == null) {
            image = Image.find("slug", input.slug() != null ? input.slug() : Slugs.from(input.alt())).firstResult();
        }
        boolean created = image == null;
        boolean wasPublic = !created && isPublic(image);
        if (created) {
            image = newImage();
            if (id != null) {
                image.id = id;
            }
        }
        if (image.storageKey == null) { // a stored file keeps its own address and size
            image.url = input.url();
            image.width = input.width();
            image.height = input.height();
        }
        apply(image, input.metadata());
        if (created) {
            image.persist();
        }
        announce(image, created ? ContentAction.CREATED : ContentAction.UPDATED, wasPublic);
        return created;
    }

    /**
     * Stores an uploaded original after checking its size (413) and what the bytes really are (415). The
     * bytes are written before the transaction that saves the image (no file I/O while it holds a connection
     * and locks) and removed again if the image cannot be saved, so nothing is left half-done.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImageView upload(Path file, ImageMetadataInput metadata, SecurityIdentity caller) throws IOException {
        requireMayMark(metadata, caller);
        if (Files.size(file) > config.images().maxBytes()) {
            throw ProblemException.tooLarge("Images may be at most " + config.images().maxBytes() + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        ImageFormat.Detected detected = ImageFormat.detect(bytes).orElseThrow(() -> new ProblemException(415,
                "/problems/unsupported-image", "Unsupported image", "The file is not a JPEG, PNG, WebP or GIF image", null));
        if ((long) detected.width() * detected.height() > config.images().maxPixels()) {
            throw ProblemException.unprocessable("file", "declares " + detected.width() + "×" + detected.height()
                    + " pixels; an image may have at most " + config.images().maxPixels() / 1_000_000 + " megapixels");
        }
        Image image = newImage();
        image.storageKey = "originals/" + image.id + "." + detected.format().extension;
        image.mediaType = detected.format().mediaType;
        image.byteSize = (long) bytes.length;
        image.width = detected.width();
        image.height = detected.height();
        image.url = config.apiUrl().replaceAll("/+$", "") + "/api/v1/images/" + image.id + "/file";
        storage.write(image.storageKey, bytes);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                apply(image, metadata);
                image.persist();
                announce(image, ContentAction.CREATED, false);
                return written(image);
            });
        } catch (RuntimeException e) {
            storage.delete(image.storageKey);
            throw e;
        }
    }

    public ImageView replace(String id, String ifMatch, ImageMetadataInput input) {
        Image image = entity(id);
        tags.requireMatch(ifMatch, image.id, image.version, () -> ImageView.of(image));
        boolean wasPublic = isPublic(image);
        apply(image, input);
        Image.flush(); // a concurrent change surfaces here as an optimistic-lock failure (412)
        announce(image, ContentAction.UPDATED, wasPublic);
        return written(image);
    }

    public ImageView patch(String id, String ifMatch, String patch) throws JsonProcessingException {
        return replace(id, ifMatch, mergePatch.apply(ImageMetadataInput.of(entity(id)), patch, ImageMetadataInput.class));
    }

    public void delete(String id, String ifMatch) throws IOException {
        Image image = entity(id);
        tags.requireMatch(ifMatch, image.id, image.version, () -> ImageView.of(image));
        references.requireNone(Image.class, image.id, "Image " + image.id);
        image.delete();
        if (image.markedPublic) { // unused (checked above), so public only if marked: others were never announced
            outbox.removed(ContentKind.IMAGE, ContentAction.DELETED, image, image.slug);
        }
        if (image.storageKey != null) {
            storedFileGone.fire(new StoredFileGone(image.storageKey, ImageRenditions.keysOf(image)));
        }
    }

    /**
     * Events tell only what anyone may see: an image still private (an embargoed story's picture) makes none,
     * and one that turns private again leaves a tombstone. An image that turns public because a story using it
     * is published arrives with that story's event.
     */
    private void announce(Image image, ContentAction action, boolean wasPublic) {
        if (isPublic(image)) {
            outbox.upserted(ContentKind.IMAGE, action, image, image.slug, ImageView.of(image));
        } else if (wasPublic) {
            outbox.removed(ContentKind.IMAGE, ContentAction.UNPUBLISHED, image, image.slug);
        }
    }

    private ImageView written(Image image) {
        handedOut.of(image.id, image.version);
        return ImageView.of(image);
    }

    private boolean isPublic(Image image) {
        return image.markedPublic || references.shownPublicly(Image.class, image.id);
    }

    /** Removes a deleted image's bytes and renditions once the delete has committed: a delete that rolls back keeps them. */
    void removeStoredFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoredFileGone gone) throws IOException {
        storage.delete(gone.storageKey());
        for (String rendition : gone.renditionKeys()) {
            storage.delete(rendition);
        }
    }

    /** The stored bytes under these keys (the original, the renditions it may have) belong to no image any more. */
    record StoredFileGone(String storageKey, List<String> renditionKeys) {
    }

    /** The original or a rendition, under the same rule as {@link #find}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visible<ImageRenditions.Rendition> file(String id, Integer width, String format, SecurityIdentity caller)
            throws IOException {
        Image image = entity(id);
        boolean isPublic = requireVisible(image, caller, id);
        ImageRenditions.Rendition rendition = renditions.render(image, width, format);
        if (rendition.original() != null) {
            handedOut.ofStored(image.storageKey); // streamed: tagged by what it is, not by bytes read
        }
        return new Visible<>(rendition, image.id, isPublic);
    }

    /** What is shown of the image with this id, and whether anyone may see it (or only the key holder asking). */
    public record Visible<T>(T content, UUID imageId, boolean isPublic) {
    }

    /**
     * An image is public once published content uses it or an editor marked it so: an embargoed story's
     * pictures stay with the newsroom. Others answer 404 without a key, as a draft does.
     */
    private boolean requireVisible(Image image, SecurityIdentity caller, String id) {
        boolean isPublic = isPublic(image);
        if (!isPublic && caller.isAnonymous()) {
            throw ProblemException.notFound("image", id);
        }
        return isPublic;
    }

    private static void requireMayMark(ImageMetadataInput metadata, SecurityIdentity caller) {
        if (Boolean.TRUE.equals(metadata.markedPublic()) && !caller.hasRole(Role.EDITOR_NAME)) {
            throw new ForbiddenException("Only editors may mark an image public");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Image entity(String id) {
        Image image = IdOrSlug.asUuid(id)
                .map(uuid -> Image.<Image>findById(uuid))
                .orElseGet(() -> Image.find("slug", id).firstResult());
        if (image == null) {
            throw ProblemException.notFound("image", id);
        }
        return image;
    }

    private static Image newImage() {
        Image image = new Image();
        image.id = UUID.randomUUID();
        image.createdAt = Instant.now();
        return image;
    }

    private static void apply(Image image, ImageMetadataInput input) {
        image.slug = SlugOwners.assign(Image.class, "image", input.slug(), input.alt(), image.id);
        image.altText = input.alt().trim();
        image.caption = input.caption();
        image.credit = input.credit();
        image.copyrightHolder = input.copyrightHolder();
        image.markedPublic = Boolean.TRUE.equals(input.markedPublic());
        image.updatedAt = Instant.now();
    }
}
